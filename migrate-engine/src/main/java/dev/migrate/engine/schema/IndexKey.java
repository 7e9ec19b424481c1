package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * One key of an index: a column or an expression, ascending or descending.
 *
 * @param text the column name, or the expression as the database prints it
 * @param expression true for an expression key ({@code lower(email)})
 * @param descending true for {@code DESC}
 */
public record IndexKey(String text, boolean expression, boolean descending) {
  public IndexKey {
    Objects.requireNonNull(text, "text");
  }

  /** An ascending column. */
  public static IndexKey column(String name) {
    return new IndexKey(name, false, false);
  }

  /** {@code email}, {@code total desc}, {@code lower(email)}. */
  @Override
  public String toString() {
    return descending ? text + " desc" : text;
  }
}
