package dev.migrate.engine.schema;

import java.util.List;

/**
 * A unique constraint (MariaDB reports these as unique {@link Index}es).
 *
 * @param name the constraint name, or null when generated
 * @param columns the columns in order
 */
public record UniqueConstraint(String name, List<String> columns) implements Constraint {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }

  /** A unique constraint over the columns. */
  public static UniqueConstraint of(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }

  @Override
  public String shape() {
    return "(" + String.join(", ", columns) + ")";
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.UNIQUE;
  }
}
