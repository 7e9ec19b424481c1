package dev.migrate.engine.common;

import java.util.regex.Pattern;

/** Masks passwords in URLs and messages before anything is printed. */
public final class PasswordMasker {
  private static final String MASK = "****";
  // Up to the URL's last '@' before its query: a password with an unencoded '/', ':' or '@' is
  // masked whole.
  private static final Pattern USER_INFO = Pattern.compile("(://[^/:@\\s]*:)([^\\s?;]*)(@)");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)((?:password|passwd|pwd)\\s*=\\s*)([^&;\\s]*)");

  private PasswordMasker() {}

  /** {@code postgresql://u:secret@h/db} becomes {@code postgresql://u:****@h/db}, and so on. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = USER_INFO.matcher(text).replaceAll("$1" + MASK + "$3");
    return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
  }

  /**
   * Masks the characters from {@code start} to {@code end}: for text whose password a parser has
   * found by position, where a pattern could be misled (a URL with an unencoded {@code /} or
   * {@code @} in its password). An empty range leaves the text as it is.
   */
  public static String mask(String text, int start, int end) {
    if (start >= end) {
      return text;
    }
    return text.substring(0, start) + MASK + text.substring(end);
  }

  /** Masks URL forms and, when known, the literal password wherever it appears. */
  public static String mask(String text, String password) {
    String masked = mask(text);
    if (masked != null && password != null && password.length() >= 3) {
      masked = masked.replace(password, MASK);
    }
    return masked;
  }
}
