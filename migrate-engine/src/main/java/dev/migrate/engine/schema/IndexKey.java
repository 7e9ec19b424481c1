package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One key of an index: a column or an expression, ascending or descending, with where its nulls
 * sort when that is not the direction's default, and PostgreSQL's collation and operator class
 * where they are not the key's own.
 *
 * @param text the column name, or the expression as the database prints it
 * @param expression true for an expression key ({@code lower(email)})
 * @param descending true for {@code DESC}
 * @param nulls {@code NULLS FIRST} or {@code LAST} as declared against the database's default for
 *     the direction, or null for that default
 * @param collation the collation as PostgreSQL prints it ({@code "C"}) when not the key's own, or
 *     null
 * @param opclass the operator class ({@code text_pattern_ops}) when not the type's default, or null
 */
public record IndexKey(
    String text,
    boolean expression,
    boolean descending,
    Nulls nulls,
    String collation,
    String opclass)
    implements Serializable {

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

  /** A key whose nulls, collation and operator class are the database's defaults. */
  public IndexKey(String text, boolean expression, boolean descending) {
    this(text, expression, descending, null, null, null);
  }

  /** An ascending column. */
  public static IndexKey column(String name) {
    return new IndexKey(name, false, false);
  }

  /** This key with its nulls sorted first or last (null for the default). */
  public IndexKey nulls(Nulls nulls) {
    return new IndexKey(text, expression, descending, nulls, collation, opclass);
  }

  /** This key, descending. */
  public IndexKey desc() {
    return new IndexKey(text, expression, true, nulls, collation, opclass);
  }

  /** This key with a collation (null for the key's own). */
  public IndexKey collate(String collation) {
    return new IndexKey(text, expression, descending, nulls, collation, opclass);
  }

  /** This key with an operator class (null for the type's default). */
  public IndexKey opclass(String opclass) {
    return new IndexKey(text, expression, descending, nulls, collation, opclass);
  }

  /**
   * {@code email}, {@code total desc}, {@code lower(email)}, {@code name nulls first}, {@code code
   * collate "C" text_pattern_ops}.
   */
  @Override
  public String toString() {
    return text
        + (collation == null ? "" : " collate " + collation)
        + (opclass == null ? "" : " " + opclass)
        + (descending ? " desc" : "")
        + (nulls == null ? "" : " " + nulls.sql().toLowerCase(Locale.ROOT));
  }
}
