package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Constraint;
import java.util.Objects;

/**
 * Adds a primary key, unique, foreign-key or check constraint to a table.
 *
 * @param table the table
 * @param constraint the constraint; one without a name gets the database's
 */
public record AddConstraint(String table, Constraint constraint) implements SchemaChange {
  public AddConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public DropConstraint reverse() {
    return new DropConstraint(table, constraint.name(), constraint.kind(), constraint);
  }
}
