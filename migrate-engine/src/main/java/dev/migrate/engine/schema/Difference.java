package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * One way in which a schema differs from the one expected, as data.
 *
 * @param change what kind of difference
 * @param object the object that differs
 * @param attribute for {@code CHANGED}, the attribute that differs ({@code type}, {@code default}
 *     ...); else null
 * @param expected for {@code CHANGED}, the expected value as text ({@code NULL} for none)
 * @param actual for {@code CHANGED}, the value found
 */
public record Difference(
    Change change, ObjectRef object, String attribute, String expected, String actual) {

  /** The kinds of difference. */
  public enum Change {
    /** There but not expected. */
    EXTRA,
    /** Expected but not there. */
    MISSING,
    /** There on both sides, with an attribute that differs. */
    CHANGED
  }

  public Difference {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(object, "object");
  }

  static Difference extra(ObjectRef object) {
    return new Difference(Change.EXTRA, object, null, null, null);
  }

  static Difference missing(ObjectRef object) {
    return new Difference(Change.MISSING, object, null, null, null);
  }
}
