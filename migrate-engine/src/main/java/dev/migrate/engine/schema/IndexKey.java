package dev.migrate.engine.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * One key of an index: a column or an expression, ascending or descending, with where its nulls
 * sort when that is not the direction's default.
 *
 * @param text the column name, or the expression as the database prints it
 * @param expression true for an expression key ({@code lower(email)})
 * @param descending true for {@code DESC}
 * @param nulls {@code NULLS FIRST} or {@code LAST} as declared against the database's default for
 *     the direction, or null for that default
 */
public record IndexKey(String text, boolean expression, boolean descending, Nulls nulls) {

  /** Where nulls sort. */
  public enum Nulls {
    FIRST,
    LAST;

    /** As SQL writes it: {@code NULLS FIRST}. */
    public String sql() {
      return "NULLS " + name();
    }
  }

  public IndexKey {
    Objects.requireNonNull(text, "text");
  }

  /** A key whose nulls sort as the database sorts them by default. */
  public IndexKey(String text, boolean expression, boolean descending) {
    this(text, expression, descending, null);
  }

  /** An ascending column. */
  public static IndexKey column(String name) {
    return new IndexKey(name, false, false);
  }

  /** This key with its nulls sorted first or last (null for the default). */
  public IndexKey nulls(Nulls nulls) {
    return new IndexKey(text, expression, descending, nulls);
  }

  /** This key, descending. */
  public IndexKey desc() {
    return new IndexKey(text, expression, true, nulls);
  }

  /** {@code email}, {@code total desc}, {@code lower(email)}, {@code name nulls first}. */
  @Override
  public String toString() {
    return text
        + (descending ? " desc" : "")
        + (nulls == null ? "" : " " + nulls.sql().toLowerCase(Locale.ROOT));
  }
}
