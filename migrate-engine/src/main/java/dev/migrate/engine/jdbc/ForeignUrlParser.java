package dev.migrate.engine.jdbc;

import dev.migrate.engine.api.error.InvalidUrlException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.database.ForeignUrl;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code dialect[+driver]://[user[:password]@][host][:port][/database][?query]} into a {@link
 * ForeignUrl}, as libpq and SQLAlchemy read it: the user and password are percent-decoded (so a
 * password holding {@code @ : / ? %} is written {@code %40 %3A %2F %3F %25}); everything else is
 * kept as written. Errors are {@link InvalidUrlException}s whose URL is masked by the position of
 * the password, which holds even when the password is what broke the URL.
 */
final class ForeignUrlParser {
  private static final Pattern SCHEME =
      Pattern.compile("[A-Za-z][A-Za-z0-9.-]*(\\+[A-Za-z0-9_.-]+)?");
  private static final String ENCODING =
      "percent-encode it: @ as %40, : as %3A, / as %2F, ? as %3F, % as %25";

  private final String text;
  private final String rest;
  private final int restStart;
  private int secretStart = -1;
  private int secretEnd = -1;

  private ForeignUrlParser(String text, int restStart) {
    this.text = text;
    this.restStart = restStart;
    this.rest = text.substring(restStart);
  }

  /** Parses {@code text}, which has {@code ://} at {@code separator}. */
  static ForeignUrl parse(String text, int separator) {
    String schemeText = text.substring(0, separator);
    ForeignUrlParser parser = new ForeignUrlParser(text, separator + 3);
    parser.findSecret();
    if (!SCHEME.matcher(schemeText).matches()) {
      throw parser.invalid(
          "scheme",
          "the scheme '" + schemeText + "' is not a name such as postgresql or mysql+pymysql");
    }
    int plus = schemeText.indexOf('+');
    String scheme =
        (plus < 0 ? schemeText : schemeText.substring(0, plus)).toLowerCase(Locale.ROOT);
    String driver = plus < 0 ? null : schemeText.substring(plus + 1);
    return parser.parts(scheme, driver);
  }

  /** An error for a URL whose scheme no database has; the caller words the advice. */
  static InvalidUrlException unsupported(String text, int separator, String problem) {
    ForeignUrlParser parser = new ForeignUrlParser(text, separator + 3);
    parser.findSecret();
    return parser.invalid("scheme", problem);
  }

  /**
   * Where the password is: from the first {@code :} of the user information to the last {@code @}
   * of the URL before any query. Found first, so that every later error can mask it.
   */
  private void findSecret() {
    int query = rest.indexOf('?');
    int at = query < 0 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', query);
    if (at < 0 && query >= 0) {
      at = rest.lastIndexOf('@'); // a '?' in the password cut the URL early
    }
    if (at < 0) {
      return;
    }
    int colon = rest.indexOf(':');
    if (colon >= 0 && colon < at) {
      secretStart = restStart + colon + 1;
      secretEnd = restStart + at;
    }
  }

  private ForeignUrl parts(String scheme, String driver) {
    int questionMark = rest.indexOf('?');
    String beforeQuery = questionMark < 0 ? rest : rest.substring(0, questionMark);
    String query = questionMark < 0 ? "" : rest.substring(questionMark + 1);
    int slash = beforeQuery.indexOf('/');
    String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    String path = slash < 0 ? "" : beforeQuery.substring(slash + 1);
    int at = authority.lastIndexOf('@');
    if (at < 0 && !authority.isEmpty() && secretStart >= 0) {
      throw invalid(
          "user or password",
          "the user or password holds a '/', '?' or '@' that is not percent-encoded; " + ENCODING);
    }
    String user = null;
    String password = null;
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user");
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
      if (user.isEmpty()) {
        user = null;
      }
    }
    String host = authority;
    int port = -1;
    int portColon =
        host.startsWith("[") ? host.indexOf(':', closingBracket(host)) : host.lastIndexOf(':');
    if (portColon >= 0) {
      port = port(host.substring(portColon + 1));
      host = host.substring(0, portColon);
    }
    checkQuery(query);
    return new ForeignUrl(
        scheme, driver, user, password, host, port, decode(path, "database"), query);
  }

  private int closingBracket(String host) {
    int close = host.indexOf(']');
    if (close < 0) {
      throw invalid("host", "the IPv6 host '" + host + "' has no closing ']'");
    }
    return close;
  }

  private int port(String digits) {
    if (!digits.isEmpty() && digits.length() <= 5 && digits.chars().allMatch(Character::isDigit)) {
      int port = Integer.parseInt(digits);
      if (port > 0 && port <= 65535) {
        return port;
      }
    }
    throw invalid("port", "the port is not a number from 1 to 65535");
  }

  private void checkQuery(String query) {
    if (query.isEmpty()) {
      return;
    }
    for (String parameter : query.split("&", -1)) {
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        String name = equals < 0 ? parameter : "";
        throw invalid(
            "query",
            name.isEmpty()
                ? "a query parameter has no name; write ?name=value&name=value"
                : "the query parameter '" + name + "' has no value; write " + name + "=value");
      }
    }
  }

  private String decode(String encoded, String part) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int value =
            i + 2 < encoded.length() ? hex(encoded.charAt(i + 1), encoded.charAt(i + 2)) : -1;
        if (value < 0) {
          throw invalid(
              part, "the " + part + " has a '%' that does not start a %XX escape; " + ENCODING);
        }
        out.write(value);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
          utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.writeBytes(utf8);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char high, char low) {
    int h = Character.digit(high, 16);
    int l = Character.digit(low, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }

  private InvalidUrlException invalid(String part, String problem) {
    String shown =
        secretStart >= 0
            ? PasswordMasker.mask(text, secretStart, secretEnd)
            : PasswordMasker.mask(text);
    return new InvalidUrlException(shown, part, problem);
  }
}
