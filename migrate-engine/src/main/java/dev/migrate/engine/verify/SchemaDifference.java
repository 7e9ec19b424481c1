package dev.migrate.engine.verify;

/**
 * One way in which a schema differs from the schema expected.
 *
 * @param change what kind of difference
 * @param object the object as found (for {@code EXTRA} and {@code CHANGED}) or as expected (for
 *     {@code MISSING})
 * @param property the property that differs, null unless {@code CHANGED}
 * @param expected the expected value, null unless {@code CHANGED}
 * @param actual the value found, null unless {@code CHANGED}
 */
public record SchemaDifference(
    Change change, SchemaObject object, String property, String expected, String actual) {

  /** The kinds of difference. */
  public enum Change {
    /** There but not expected, e.g. left behind by a downgrade. */
    EXTRA,
    /** Expected but not there. */
    MISSING,
    /** There, but a property differs. */
    CHANGED
  }

  static SchemaDifference extra(SchemaObject object) {
    return new SchemaDifference(Change.EXTRA, object, null, null, null);
  }

  static SchemaDifference missing(SchemaObject object) {
    return new SchemaDifference(Change.MISSING, object, null, null, null);
  }

  static SchemaDifference changed(
      SchemaObject object, String property, String expected, String actual) {
    return new SchemaDifference(Change.CHANGED, object, property, expected, actual);
  }

  /**
   * The difference in plain words: {@code column users.email is still there}, {@code index
   * ix_users_email on users is missing}, {@code default of column orders.status changed from 'new'
   * to NULL}.
   */
  public String describe() {
    return switch (change) {
      case EXTRA -> object.describe() + " is still there";
      case MISSING -> object.describe() + " is missing";
      case CHANGED ->
          property
              + " of "
              + object.describe()
              + " changed from "
              + oneLine(expected)
              + " to "
              + oneLine(actual);
    };
  }

  private static String oneLine(String value) {
    String flat = value.strip().replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
  }
}
