package dev.migrate.engine.jdbc;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL turned into what {@link java.sql.DriverManager} wants. JDBC URLs pass through; the forms
 * other ecosystems use ({@code postgresql://user:pass@host:port/db}, {@code postgres://}, {@code
 * mysql://}, {@code mariadb://}) become JDBC URLs with the percent-decoded user and password taken
 * out.
 *
 * @param jdbcUrl the JDBC URL, without credentials for the non-JDBC forms
 * @param user the user from the URL, or null
 * @param password the password from the URL, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  private static final String PERCENT_ENCODING =
      "percent-encode them (/ as %2F, @ as %40, : as %3A, % as %25)";

  /** Parses a URL in any supported form. */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new MigrateException("No database URL configured");
    }
    String trimmed = url.trim();
    if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
      return new DatabaseUrl(trimmed, null, null);
    }
    int colon = trimmed.indexOf("://");
    if (colon < 0) {
      int colonAt = trimmed.indexOf(':');
      throw new MigrateException(
          "Unsupported database URL starting '"
              + (colonAt < 0 ? "" : trimmed.substring(0, colonAt + 1))
              + "': use a JDBC URL or postgresql://user:pass@host:port/db");
    }
    String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
    DatabaseSupport database =
        Databases.forUrlScheme(scheme)
            .orElseThrow(
                () ->
                    new MigrateException(
                        "Unsupported database URL scheme '"
                            + scheme
                            + "': use "
                            + Databases.urlSchemes()
                            + " or a JDBC URL"));
    String rest = trimmed.substring(colon + 3);
    requireEncodedCredentials(rest);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    String user = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String credentials = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int sep = credentials.indexOf(':');
      user = decode(sep < 0 ? credentials : credentials.substring(0, sep));
      password = sep < 0 ? null : decode(credentials.substring(sep + 1));
    }
    return new DatabaseUrl(database.jdbcUrl(authority + path), emptyToNull(user), password);
  }

  /** {@code host:port} of the URL for error messages, or the masked URL when it has no host. */
  public String endpoint() {
    String masked = PasswordMasker.mask(jdbcUrl);
    int start = masked.indexOf("://");
    if (start < 0) {
      return masked;
    }
    String rest = masked.substring(start + 3);
    int end = rest.length();
    for (char stop : new char[] {'/', '?', ';'}) {
      int i = rest.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String hostPort = rest.substring(0, end);
    int at = hostPort.lastIndexOf('@');
    return at >= 0 ? hostPort.substring(at + 1) : hostPort;
  }

  /**
   * True for a database this JVM runs itself (H2 from a file or in memory): opening it never waits
   * on a network.
   */
  public boolean inProcess() {
    Optional<DatabaseSupport> database = Databases.forUrl(jdbcUrl);
    return database.isPresent() && database.get().inProcess(jdbcUrl);
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + PasswordMasker.mask(jdbcUrl) + ", user=" + user + "]";
  }

  /**
   * Refuses credentials that would be read as the host or path: an '@' after the first '/' means
   * the user or password holds an unencoded '/'.
   */
  private static void requireEncodedCredentials(String rest) {
    int query = rest.indexOf('?');
    String beforeQuery = query < 0 ? rest : rest.substring(0, query);
    int slash = beforeQuery.indexOf('/');
    if (slash >= 0 && beforeQuery.indexOf('@', slash) >= 0) {
      throw new MigrateException(
          "The user or password in the database URL holds an unencoded '/': " + PERCENT_ENCODING);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MigrateException(
          "The user or password in the database URL holds a '%' that starts no escape: "
              + PERCENT_ENCODING);
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
