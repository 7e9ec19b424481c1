package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name, or null when generated
 * @param expression the condition as the database prints it, e.g. {@code (age > 0)}
 */
public record CheckConstraint(String name, String expression) implements Constraint {
  public CheckConstraint {
    Objects.requireNonNull(expression, "expression");
  }

  @Override
  public String shape() {
    return expression;
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.CHECK;
  }
}
