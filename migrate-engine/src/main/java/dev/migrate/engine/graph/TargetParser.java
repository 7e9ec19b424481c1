package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.RangeNotAllowedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revision-target grammar (SPEC section 3, reference section 1), with no knowledge of any
 * graph. Revision ids may not contain {@code @ - + :}, which keeps this grammar unambiguous.
 */
public final class TargetParser {
  /** Alembic's {@code (?:(.+?)@)?(\w+)?([+-]\d+)}, anchored at both ends here. */
  private static final Pattern RELATIVE = Pattern.compile("(?:([^@]+)@)?(\\w+)?([+-]\\d+)");

  private TargetParser() {}

  /** Parses one target; ranges ({@code A:B}) are refused here, see {@link #parseRange}. */
  public static Target parse(String text) {
    String t = text == null ? "" : text.strip();
    requireSingle(t);
    if (t.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidTargetException(t, "Revision target '" + t + "' contains spaces");
    }
    int at = t.indexOf('@');
    if (at >= 0 && t.indexOf('@', at + 1) >= 0) {
      throw new InvalidTargetException(
          t, "Revision target '" + t + "' has more than one '@'; write branch@revision");
    }
    if (at == 0) {
      throw new InvalidTargetException(
          t, "Revision target '" + t + "' has no branch before '@'; write branch@revision");
    }
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      int steps;
      try {
        steps = Integer.parseInt(m.group(3));
      } catch (NumberFormatException e) {
        throw new InvalidTargetException(t, "Relative step in '" + t + "' is too large");
      }
      return new Target.Relative(t, m.group(1), m.group(2), steps);
    }
    if (m.lookingAt() || t.matches(".*[+-]\\d.*")) {
      throw new InvalidTargetException(
          t,
          "Revision target '"
              + t
              + "' is not valid; relative forms are +N, -N, REV+N, REV-N, head-N, base+N and"
              + " BRANCH@-N");
    }
    if (at < 0) {
      return new Target.Absolute(t, null, t);
    }
    return new Target.Absolute(t, t.substring(0, at), t.substring(at + 1));
  }

  /** Parses {@code START:END}; either side may be empty. */
  public static TargetRange parseRange(String text) {
    String t = text == null ? "" : text.strip();
    int colon = t.indexOf(':');
    if (colon < 0) {
      throw new InvalidTargetException(
          t, "History range requires [start]:[end], [start]:, or :[end]; got '" + t + "'");
    }
    if (t.indexOf(':', colon + 1) >= 0) {
      throw new InvalidTargetException(t, "Range '" + t + "' has more than one ':'");
    }
    String start = t.substring(0, colon).strip();
    String end = t.substring(colon + 1).strip();
    return new TargetRange(t, start.isEmpty() ? null : start, end.isEmpty() ? null : end);
  }

  /** The grammar's own words, which no revision id or branch label may take. */
  public static boolean isReserved(String word) {
    return switch (word) {
      case "head", "heads", "base", "current" -> true;
      default -> false;
    };
  }

  /** True when the text is {@code current}: the database's version rows, not a revision. */
  public static boolean isCurrent(String text) {
    return "current".equals(text);
  }

  /**
   * Refuses a range where one target goes (upgrade, downgrade, stamp run online): checked before a
   * command touches files or a database.
   */
  public static void requireSingle(String text) {
    if (isRange(text)) {
      throw new RangeNotAllowedException(text.strip());
    }
  }

  /** True when the text is a range rather than a single target. */
  public static boolean isRange(String text) {
    return text != null && text.indexOf(':') >= 0;
  }

  /**
   * Parses a {@code history} range: blank means the whole history ({@code :}), anything else must
   * be {@code START:END}.
   */
  public static TargetRange parseHistoryRange(String text) {
    return parseRange(text == null || text.isBlank() ? ":" : text);
  }
}
