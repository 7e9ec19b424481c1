package dev.migrate.engine.migration;

import java.util.List;
import java.util.regex.Pattern;

/** Validation of the names operations accept; nothing else ever reaches the SQL unquoted. */
final class Names {
  private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private Names() {}

  /** The parts of {@code name} or {@code schema.name}, each validated. */
  static List<String> parts(String what, String name) {
    if (name == null) {
      throw new InvalidOperationException("A " + what + " name is required");
    }
    List<String> parts = List.of(name.split("\\.", -1));
    if (parts.size() > 2 || !parts.stream().allMatch(p -> PART.matcher(p).matches())) {
      throw new InvalidOperationException(
          "Invalid "
              + what
              + " name '"
              + name
              + "': use letters, digits and '_' (at most 63), optionally as schema.name");
    }
    return parts;
  }

  /** A name that must not be schema-qualified (columns, constraints, indexes). */
  static String simple(String what, String name) {
    List<String> parts = parts(what, name);
    if (parts.size() != 1) {
      throw new InvalidOperationException(
          "Invalid " + what + " name '" + name + "': it takes no schema");
    }
    return parts.get(0);
  }

  /** The schema part of a qualified table name, or null. */
  static String schemaOf(String table) {
    List<String> parts = parts("table", table);
    return parts.size() == 2 ? parts.get(0) : null;
  }
}
