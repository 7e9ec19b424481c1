package dev.migrate.engine.schema;

import java.util.List;

/**
 * A unique constraint (MariaDB reports these as unique {@link Index}es).
 *
 * @param name the constraint name, or null when generated
 * @param columns the columns in order
 * @param include PostgreSQL's {@code INCLUDE} columns, stored in the index but not unique
 * @param nullsNotDistinct PostgreSQL 15's {@code NULLS NOT DISTINCT}: two nulls count as equal
 */
public record UniqueConstraint(
    String name, List<String> columns, List<String> include, boolean nullsNotDistinct)
    implements Constraint {

  public UniqueConstraint {
    columns = List.copyOf(columns);
    include = List.copyOf(include);
  }

  /** A unique constraint over the columns, with nothing included and nulls distinct. */
  public UniqueConstraint(String name, List<String> columns) {
    this(name, columns, List.of(), false);
  }

  /** A unique constraint over the columns. */
  public static UniqueConstraint of(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }

  /** This constraint with {@code INCLUDE} columns. */
  public UniqueConstraint including(String... include) {
    return new UniqueConstraint(name, columns, List.of(include), nullsNotDistinct);
  }

  /** This constraint with {@code NULLS NOT DISTINCT}. */
  public UniqueConstraint withNullsNotDistinct() {
    return new UniqueConstraint(name, columns, include, true);
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
