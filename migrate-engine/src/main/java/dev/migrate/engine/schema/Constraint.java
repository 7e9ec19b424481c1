package dev.migrate.engine.schema;

import java.io.Serializable;

/**
 * A table constraint. Its name is null when the database made one up ({@code CONSTRAINT_4D}, {@code
 * SYS_PK_10}): such names change each time the table is created again, so those constraints are
 * matched by their shape.
 */
public sealed interface Constraint extends Serializable
    permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, ExclusionConstraint {

  /** The constraint name, or null when the database generated it. */
  String name();

  /** What identifies the constraint within its table when it has no name: its shape. */
  String shape();

  /** Which kind of constraint this is. */
  ConstraintKind kind();
}
