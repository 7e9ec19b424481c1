package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A column type, normalised so that two spellings of one type are equal: {@code int}, {@code int4}
 * and {@code INTEGER} are {@code integer}; {@code varchar(10)} and {@code character varying(10)}
 * are {@code character varying(10)}; a display width ({@code int(11)}) is no part of the type.
 *
 * <p>{@link #spelling()} keeps the text the type came from, so that a renderer writes it back as it
 * was given; it takes no part in {@link #equals(Object)}.
 *
 * @param name the canonical name, lower case, e.g. {@code timestamp with time zone}
 * @param arguments the arguments in order, as text: {@code 10}, {@code 2}, or an enum's quoted
 *     values
 * @param spelling the text as written or as the database printed it, or null
 */
public record SqlType(String name, List<String> arguments, String spelling)
    implements Serializable {
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("serial", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("bigserial", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("smallserial", "smallint"),
          Map.entry("varchar", "character varying"),
          Map.entry("char varying", "character varying"),
          Map.entry("char", "character"),
          Map.entry("bpchar", "character"),
          Map.entry("bool", "boolean"),
          Map.entry("decimal", "numeric"),
          Map.entry("dec", "numeric"),
          Map.entry("float8", "double precision"),
          Map.entry("double", "double precision"),
          Map.entry("float4", "real"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timetz", "time with time zone"),
          Map.entry("time without time zone", "time"),
          Map.entry("varbinary", "binary varying"),
          Map.entry("bytea", "binary varying"));

  /** Integer types whose argument is a display width, not part of the type. */
  private static final Set<String> WIDTH_ONLY =
      Set.of("tinyint", "smallint", "mediumint", "integer", "bigint");

  public SqlType {
    Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
  }

  /** Parses a type as a database prints it or a person writes it. */
  public static SqlType parse(String text) {
    Objects.requireNonNull(text, "text");
    String flat = text.strip().replaceAll("\\s+", " ");
    String lower = flat.toLowerCase(Locale.ROOT);
    int open = lower.indexOf('(');
    List<String> arguments = List.of();
    String name = lower;
    int close = open < 0 ? -1 : closing(lower, open);
    if (close > 0) {
      arguments = split(flat.substring(open + 1, close));
      // "timestamp(6) with time zone": the arguments sit inside the name.
      name = (lower.substring(0, open) + " " + lower.substring(close + 1)).strip();
    }
    name = name.replaceAll("\\s+", " ");
    String unsigned = "";
    if (name.endsWith(" unsigned")) {
      unsigned = " unsigned";
      name = name.substring(0, name.length() - unsigned.length());
    }
    name = ALIASES.getOrDefault(name, name);
    if (WIDTH_ONLY.contains(name)) {
      arguments = List.of();
    }
    return new SqlType(name + unsigned, arguments, flat);
  }

  /** A type from its parts, with no spelling of its own. */
  public static SqlType of(String name, Object... arguments) {
    List<String> args = new ArrayList<>();
    for (Object argument : arguments) {
      args.add(String.valueOf(argument));
    }
    return new SqlType(ALIASES.getOrDefault(name, name), args, null);
  }

  /** The type as SQL: its spelling when it has one, else the canonical form. */
  public String sql() {
    return spelling != null ? spelling : toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SqlType that
        && name.equals(that.name)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, arguments);
  }

  /**
   * The canonical form, e.g. {@code character varying(10)}, {@code timestamp(6) with time zone}.
   */
  @Override
  public String toString() {
    if (arguments.isEmpty()) {
      return name;
    }
    String args = "(" + String.join(",", arguments) + ")";
    int with = name.indexOf(" with");
    return with > 0 ? name.substring(0, with) + args + name.substring(with) : name + args;
  }

  /** Where the parenthesis opened at {@code open} closes, or -1 when it does not. */
  private static int closing(String text, int open) {
    boolean quoted = false;
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits on top-level commas; quoted values keep their case and quotes. */
  private static List<String> split(String inner) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : inner.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        parts.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty() || !parts.isEmpty()) {
      parts.add(current.toString().strip());
    }
    return parts.stream().map(p -> p.startsWith("'") ? p : p.toLowerCase(Locale.ROOT)).toList();
  }
}
