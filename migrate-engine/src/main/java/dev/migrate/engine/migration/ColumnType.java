package dev.migrate.engine.migration;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A portable column type; each database renders it in its own words ({@link #text()} is {@code
 * TEXT} on PostgreSQL and MariaDB, {@code CHARACTER VARYING} on H2). {@link #raw(String)} passes a
 * database-specific type through unchanged.
 *
 * @param kind the portable kind
 * @param length length or precision, 0 when not applicable
 * @param scale scale of a decimal, 0 otherwise
 * @param raw the literal type for {@link Kind#RAW}, else null
 */
public record ColumnType(Kind kind, int length, int scale, String raw) {
  private static final Pattern RAW_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_ (),.]*");

  /** The portable kinds. */
  public enum Kind {
    SMALLINT,
    INTEGER,
    BIGINT,
    DECIMAL,
    DOUBLE,
    BOOLEAN,
    CHAR,
    VARCHAR,
    TEXT,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_TZ,
    UUID,
    BINARY,
    JSON,
    RAW
  }

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    if (length < 0 || scale < 0) {
      throw new InvalidOperationException("Column type sizes must not be negative: " + kind);
    }
    if ((kind == Kind.VARCHAR || kind == Kind.CHAR) && length == 0) {
      throw new InvalidOperationException(kind + " needs a length, e.g. ColumnType.varchar(255)");
    }
    if (kind == Kind.RAW && (raw == null || !RAW_TYPE.matcher(raw.strip()).matches())) {
      throw new InvalidOperationException("Not a column type: '" + raw + "'");
    }
  }

  /** {@code SMALLINT}. */
  public static ColumnType smallint() {
    return new ColumnType(Kind.SMALLINT, 0, 0, null);
  }

  /** {@code INTEGER}. */
  public static ColumnType integer() {
    return new ColumnType(Kind.INTEGER, 0, 0, null);
  }

  /** {@code BIGINT}. */
  public static ColumnType bigint() {
    return new ColumnType(Kind.BIGINT, 0, 0, null);
  }

  /** An exact number: {@code NUMERIC(precision, scale)}, {@code DECIMAL} on MariaDB. */
  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(Kind.DECIMAL, precision, scale, null);
  }

  /** {@code DOUBLE PRECISION}; {@code DOUBLE} on MariaDB. */
  public static ColumnType doublePrecision() {
    return new ColumnType(Kind.DOUBLE, 0, 0, null);
  }

  /** {@code BOOLEAN}. */
  public static ColumnType bool() {
    return new ColumnType(Kind.BOOLEAN, 0, 0, null);
  }

  /** Fixed-length text: {@code CHAR(length)}. */
  public static ColumnType character(int length) {
    return new ColumnType(Kind.CHAR, length, 0, null);
  }

  /** Bounded text: {@code VARCHAR(length)}. */
  public static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, 0, null);
  }

  /** Unbounded text: {@code TEXT}, {@code LONGTEXT} on MariaDB, {@code CHARACTER VARYING} on H2. */
  public static ColumnType text() {
    return new ColumnType(Kind.TEXT, 0, 0, null);
  }

  /** {@code DATE}. */
  public static ColumnType date() {
    return new ColumnType(Kind.DATE, 0, 0, null);
  }

  /** A time of day ({@code TIME(6)} on MariaDB, to keep microseconds). */
  public static ColumnType time() {
    return new ColumnType(Kind.TIME, 0, 0, null);
  }

  /** A date and time without zone ({@code DATETIME} on MariaDB). */
  public static ColumnType timestamp() {
    return new ColumnType(Kind.TIMESTAMP, 0, 0, null);
  }

  /** An instant ({@code TIMESTAMP WITH TIME ZONE}; {@code TIMESTAMP} on MariaDB). */
  public static ColumnType timestampTz() {
    return new ColumnType(Kind.TIMESTAMP_TZ, 0, 0, null);
  }

  /** {@code UUID}; {@code CHAR(36)} on MariaDB/MySQL. */
  public static ColumnType uuid() {
    return new ColumnType(Kind.UUID, 0, 0, null);
  }

  /** Variable-length bytes: {@code BYTEA}, {@code LONGBLOB}, {@code VARBINARY}. */
  public static ColumnType binary() {
    return new ColumnType(Kind.BINARY, 0, 0, null);
  }

  /** {@code JSONB} on PostgreSQL, {@code JSON} elsewhere. */
  public static ColumnType json() {
    return new ColumnType(Kind.JSON, 0, 0, null);
  }

  /** A database-specific type written as is, e.g. {@code raw("INET")}. */
  public static ColumnType raw(String type) {
    return new ColumnType(Kind.RAW, 0, 0, type == null ? null : type.strip());
  }
}
