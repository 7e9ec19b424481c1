package dev.migrate.engine.database.postgresql;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code ALTER COLUMN ... TYPE} changes PostgreSQL makes without rewriting the table (9.2+):
 * widening or unbounding {@code varchar}, {@code varchar} to and from unbounded {@code text}, more
 * precision for {@code numeric} at the same scale, more or unbounded precision for time types,
 * {@code cidr} to {@code inet}, and the same type. Types are compared as lint words ({@code VARCHAR
 * ( 20 )}).
 */
final class PostgresTypes {
  private static final Pattern SIZED = Pattern.compile("^(\\w+(?: \\w+)*?)(?: \\( ([^)]*) \\))?$");
  private static final Set<String> TEXTS = Set.of("TEXT", "VARCHAR", "CHARACTER VARYING");
  private static final Set<String> TIMES =
      Set.of("TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ", "INTERVAL");

  private PostgresTypes() {}

  /**
   * True when changing from {@code from} (null when no revision declared it) to {@code to} rewrites
   * nothing. With the old type unknown, only a change to unbounded text passes: that is what
   * widening usually ends in, and it never rewrites from a text type.
   */
  static boolean binaryCoercible(String from, String to) {
    Type target = Type.of(to);
    if (from == null) {
      return target != null && TEXTS.contains(target.base) && target.size == null;
    }
    Type source = Type.of(from);
    if (source == null || target == null) {
      return from.equals(to);
    }
    if (source.base.equals(target.base) && source.size != null && source.size.equals(target.size)) {
      return true;
    }
    if (TEXTS.contains(source.base) && TEXTS.contains(target.base)) {
      if (target.size == null) {
        return true;
      }
      return !source.base.equals("TEXT")
          && source.size != null
          && number(target.size) >= number(source.size);
    }
    if (source.base.equals("NUMERIC") || source.base.equals("DECIMAL")) {
      if (!target.base.equals("NUMERIC") && !target.base.equals("DECIMAL")) {
        return false;
      }
      if (target.size == null) {
        return true;
      }
      if (source.size == null) {
        return false;
      }
      String[] was = source.size.split(" , ");
      String[] now = target.size.split(" , ");
      String wasScale = was.length > 1 ? was[1] : "0";
      String nowScale = now.length > 1 ? now[1] : "0";
      return wasScale.equals(nowScale) && number(now[0]) >= number(was[0]);
    }
    if (TIMES.contains(source.base) && source.base.equals(target.base)) {
      return target.size == null
          || (source.size != null && number(target.size) >= number(source.size));
    }
    return (source.base.equals("CIDR") && target.base.equals("INET"))
        || (source.base.equals(target.base) && source.size == null && target.size == null);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A type's base name (synonyms folded) and its parenthesised size, or null when unreadable. */
  private record Type(String base, String size) {
    static Type of(String words) {
      String text = words.trim().replace(" WITH TIME ZONE", "TZ").replace(" WITHOUT TIME ZONE", "");
      Matcher matcher = SIZED.matcher(text);
      if (!matcher.matches()) {
        return null;
      }
      String base =
          switch (matcher.group(1)) {
            case "CHARACTER VARYING" -> "VARCHAR";
            case "TIMESTAMPTZ", "TIMESTAMP TZ" -> "TIMESTAMPTZ";
            case "DECIMAL" -> "NUMERIC";
            default -> matcher.group(1);
          };
      return new Type(base, matcher.group(2));
    }
  }
}
