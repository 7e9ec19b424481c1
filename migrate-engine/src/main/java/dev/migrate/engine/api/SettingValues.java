package dev.migrate.engine.api;

import dev.migrate.engine.common.LintSeverity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the raw text of a setting by its {@link Setting.Type}, in one place for every front end.
 * Loops and switches rather than regular expressions: the CLI parses its settings at every
 * start-up.
 */
final class SettingValues {
  private SettingValues() {}

  /** Comma-separated items, trimmed, blanks dropped. */
  static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      String item = value.substring(start, end).trim();
      if (!item.isEmpty()) {
        items.add(item);
      }
      start = end + 1;
    }
    return items;
  }

  /**
   * Plain seconds ({@code 30}), {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601
   * ({@code PT2M}); null when the text is none of these or negative.
   */
  static Duration duration(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    try {
      Duration parsed;
      if (text.startsWith("p")) {
        parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
      } else if (text.endsWith("ms")) {
        parsed = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
      } else {
        long unit =
            switch (text.charAt(text.length() - 1)) {
              case 's' -> 1;
              case 'm' -> 60;
              case 'h' -> 3600;
              default -> 0;
            };
        String number = unit == 0 ? text : text.substring(0, text.length() - 1).trim();
        parsed = Duration.ofSeconds(Math.multiplyExact(Long.parseLong(number), Math.max(unit, 1)));
      }
      return parsed.isNegative() ? null : parsed;
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /** {@code per-revision} or {@code all}, any case, {@code _} for {@code -}; null otherwise. */
  static TransactionMode transactionMode(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "per-revision" -> TransactionMode.PER_REVISION;
      case "all" -> TransactionMode.ALL;
      default -> null;
    };
  }

  /** {@code true} or {@code false} in any case; null for anything else. */
  static Boolean bool(String value) {
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    return trimmed.equalsIgnoreCase("false") ? Boolean.FALSE : null;
  }

  /**
   * Comma-separated column renames, each {@code table.old:new} (the table may be qualified), or
   * null when an item has another form.
   */
  static List<String> renames(String value) {
    List<String> items = list(value);
    for (String item : items) {
      if (!item.matches(
          "[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)*\\.[A-Za-z_][\\w$]*:[A-Za-z_][\\w$]*")) {
        return null;
      }
    }
    return items;
  }

  /** A whole number of at least {@code min}; null for anything else. */
  static Integer number(String value, int min) {
    try {
      int parsed = Integer.parseInt(value.trim());
      return parsed >= min ? parsed : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A path as written; relative ones are resolved against the base directory when built. */
  static Path path(String value) {
    try {
      return Path.of(value.trim());
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** A table or schema name: letters, digits and {@code _}, starting with a letter or {@code _}. */
  static boolean isName(String value) {
    if (value == null || value.isEmpty() || value.length() > 63) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The value, or null when it is null or blank. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Digits and dots, starting with a digit ({@code 16}, {@code 10.11.6}); null otherwise. */
  static String version(String value) {
    String text = value.trim();
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return null;
      }
    }
    return text;
  }

  /**
   * {@code rule=level} pairs, comma-separated, in order; null when a pair has no {@code =} or an
   * unknown level.
   */
  static Map<String, LintSeverity> severities(String value) {
    Map<String, LintSeverity> severities = new LinkedHashMap<>();
    for (String pair : list(value)) {
      int equals = pair.indexOf('=');
      LintSeverity level = equals < 0 ? null : LintSeverity.parse(pair.substring(equals + 1));
      if (level == null || pair.substring(0, equals).isBlank()) {
        return null;
      }
      severities.put(pair.substring(0, equals).trim(), level);
    }
    return severities;
  }
}
