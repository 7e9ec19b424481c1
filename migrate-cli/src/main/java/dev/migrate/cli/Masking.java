package dev.migrate.cli;

/**
 * Keeps passwords out of everything the CLI prints: URLs are masked, and any text (an error
 * message, a stack trace) has the configured password's literal value replaced.
 */
final class Masking {
  static final String MASK = "****";

  private Masking() {}

  /** The URL with the password of {@code user:password@host} and {@code password=} masked. */
  static String maskUrl(String url) {
    if (url == null) {
      return null;
    }
    String masked = url.replaceAll("(://[^/:@?#]*:)[^@/?#]*@", "$1" + MASK + "@");
    return masked.replaceAll("(?i)((?:password|pwd)=)[^&;]*", "$1" + MASK);
  }

  /** The password inside a URL ({@code user:password@} or {@code password=}), or null. */
  static String urlPassword(String url) {
    if (url == null) {
      return null;
    }
    java.util.regex.Matcher userInfo =
        java.util.regex.Pattern.compile("://[^/:@?#]*:([^@/?#]*)@").matcher(url);
    if (userInfo.find()) {
      return userInfo.group(1);
    }
    java.util.regex.Matcher parameter =
        java.util.regex.Pattern.compile("(?i)(?:password|pwd)=([^&;]*)").matcher(url);
    return parameter.find() ? parameter.group(1) : null;
  }

  /** The text with every occurrence of the secret replaced; unchanged when there is none. */
  static String redact(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, MASK);
  }
}
