package dev.migrate.engine.schema;

import java.util.Set;

/**
 * Which tables a schema read covers: every table, or only the named ones, named as a {@link
 * DatabaseSchema} names them ({@code orders}, {@code audit.events}). Whatever is not part of a
 * table (schemas, views, sequences, enum types, domains, routines, extensions) is read whole either
 * way.
 *
 * @param names the tables covered, or null for every table
 */
public record TableSubset(Set<String> names) {
  private static final TableSubset ALL = new TableSubset(null);

  public TableSubset {
    names = names == null ? null : Set.copyOf(names);
  }

  /** Every table. */
  public static TableSubset all() {
    return ALL;
  }

  /** Only these tables. */
  public static TableSubset of(Set<String> names) {
    return new TableSubset(names);
  }

  /** True when every table is covered. */
  public boolean isAll() {
    return names == null;
  }

  /** True when the table of this name is covered. */
  public boolean covers(String table) {
    return names == null || names.contains(table);
  }
}
