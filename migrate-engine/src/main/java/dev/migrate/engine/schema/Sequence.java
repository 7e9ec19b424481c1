package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * A sequence; a value the database does not report is null.
 *
 * @param name the sequence name, qualified outside the default schema
 * @param type its value type, or null
 * @param start the start value
 * @param increment the increment
 * @param minimum the minimum value
 * @param maximum the maximum value
 * @param cycle whether it wraps around
 */
public record Sequence(
    String name,
    SqlType type,
    Long start,
    Long increment,
    Long minimum,
    Long maximum,
    boolean cycle) {

  public Sequence {
    Objects.requireNonNull(name, "name");
  }

  /** A sequence with the database's defaults, starting at {@code start}. */
  public static Sequence of(String name, long start) {
    return new Sequence(name, null, start, null, null, null, false);
  }
}
