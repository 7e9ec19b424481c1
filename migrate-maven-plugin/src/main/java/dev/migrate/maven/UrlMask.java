package dev.migrate.maven;

import java.util.regex.Pattern;

/** Hides passwords in URLs before they are printed. */
final class UrlMask {
  // user:password@ in the authority of a URL form such as postgresql://user:pass@host/db
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^/@?;]*@");
  // password=... as a query or property parameter of a JDBC URL
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

  private UrlMask() {}

  static String mask(String url) {
    if (url == null) {
      return null;
    }
    String masked = USER_INFO.matcher(url).replaceAll("$1****@");
    return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1****");
  }
}
