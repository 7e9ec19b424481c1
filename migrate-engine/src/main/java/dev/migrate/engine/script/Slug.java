package dev.migrate.engine.script;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file-name slug of a message, as Alembic makes it: the message's word characters joined with
 * {@code _} and lower-cased; past the limit, cut at the last word boundary with a trailing {@code
 * _} to show the cut.
 */
public final class Slug {
  /** Alembic's {@code truncate_slug_length}. */
  public static final int DEFAULT_LENGTH = 40;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Slug() {}

  /** The slug of a message, at most {@value #DEFAULT_LENGTH} characters plus the cut marker. */
  public static String of(String message) {
    return of(message, DEFAULT_LENGTH);
  }

  public static String of(String message, int maxLength) {
    if (message == null) {
      return "";
    }
    StringBuilder slug = new StringBuilder();
    Matcher m = WORD.matcher(message);
    while (m.find()) {
      if (slug.length() > 0) {
        slug.append('_');
      }
      slug.append(m.group());
    }
    String s = slug.toString().toLowerCase(Locale.ROOT);
    if (s.length() <= maxLength) {
      return s;
    }
    String cut = s.substring(0, maxLength);
    int boundary = cut.lastIndexOf('_');
    return (boundary > 0 ? cut.substring(0, boundary) : cut) + "_";
  }
}
