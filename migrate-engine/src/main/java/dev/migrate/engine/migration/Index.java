package dev.migrate.engine.migration;

import java.util.List;
import java.util.Objects;

/**
 * An index for {@link Operations#createIndex}: {@code Index.of("ix_users_email", "users",
 * "email").unique()}.
 *
 * @param name the index name
 * @param table the indexed table
 * @param columns the indexed columns, in order
 * @param isUnique a unique index
 * @param isConcurrent build without blocking writes (PostgreSQL only; needs {@code transactional =
 *     false}); ignored elsewhere
 */
public record Index(
    String name, String table, List<String> columns, boolean isUnique, boolean isConcurrent) {
  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new InvalidOperationException("Index " + name + " on " + table + " has no columns");
    }
  }

  /** A plain index over the columns, in order. */
  public static Index of(String name, String table, String... columns) {
    return new Index(name, table, List.of(columns), false, false);
  }

  /** This index, unique. */
  public Index unique() {
    return new Index(name, table, columns, true, isConcurrent);
  }

  /**
   * This index built without blocking writes on PostgreSQL ({@code CONCURRENTLY}); the migration
   * must be non-transactional. Ignored elsewhere.
   */
  public Index concurrently() {
    return new Index(name, table, columns, isUnique, true);
  }
}
