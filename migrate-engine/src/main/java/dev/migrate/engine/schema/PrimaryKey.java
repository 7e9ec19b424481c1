package dev.migrate.engine.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name the constraint name, or null when generated (or not reported, as MariaDB's {@code
 *     PRIMARY})
 * @param columns the key columns in order
 */
public record PrimaryKey(String name, List<String> columns) implements Constraint {
  public PrimaryKey {
    columns = List.copyOf(columns);
  }

  /** An unnamed primary key over the columns. */
  public static PrimaryKey of(String... columns) {
    return new PrimaryKey(null, List.of(columns));
  }

  @Override
  public String shape() {
    return "(" + String.join(", ", columns) + ")";
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.PRIMARY_KEY;
  }
}
