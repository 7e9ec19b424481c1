package dev.migrate.engine.schema;

import java.io.Serializable;
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
 * @param owner the column that owns it ({@code OWNED BY}, a serial's or an identity's), as {@code
 *     table.column} with the table qualified outside the default schema, or null
 */
public record Sequence(
    String name,
    SqlType type,
    Long start,
    Long increment,
    Long minimum,
    Long maximum,
    boolean cycle,
    String owner)
    implements Serializable {

  public Sequence {
    Objects.requireNonNull(name, "name");
  }

  /** A sequence that no column owns. */
  public Sequence(
      String name,
      SqlType type,
      Long start,
      Long increment,
      Long minimum,
      Long maximum,
      boolean cycle) {
    this(name, type, start, increment, minimum, maximum, cycle, null);
  }

  /** This sequence owned by a column ({@code table.column}), or by none (null). */
  public Sequence ownedBy(String owner) {
    return new Sequence(name, type, start, increment, minimum, maximum, cycle, owner);
  }

  /** A sequence with the database's defaults, starting at {@code start}. */
  public static Sequence of(String name, long start) {
    return new Sequence(name, null, start, null, null, null, false);
  }
}
