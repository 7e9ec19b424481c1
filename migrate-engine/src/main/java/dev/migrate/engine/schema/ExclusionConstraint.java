package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * A PostgreSQL exclusion constraint, held as PostgreSQL prints it; no change value creates one yet.
 *
 * @param name the constraint name
 * @param definition {@code pg_get_constraintdef}'s text
 */
public record ExclusionConstraint(String name, String definition) implements Constraint {
  public ExclusionConstraint {
    Objects.requireNonNull(definition, "definition");
  }

  @Override
  public String shape() {
    return definition;
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.EXCLUSION;
  }
}
