package dev.migrate.engine.jdbc;

import dev.migrate.engine.api.error.InvalidUrlException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.ForeignUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A URL turned into what {@link java.sql.DriverManager} wants. JDBC URLs pass through; the forms
 * other ecosystems use ({@code postgresql://user:pass@host:port/db}, SQLAlchemy's {@code
 * postgresql+asyncpg://}, {@code mysql+pymysql://}, {@code sqlite:///app.db}) are read by {@link
 * ForeignUrlParser} and handed to the database whose {@link DatabaseSupport#urlSchemes()} has the
 * scheme, which builds the JDBC URL; the percent-decoded user and password are taken out.
 *
 * @param jdbcUrl the JDBC URL, without credentials for the non-JDBC forms
 * @param user the user from the URL, or null
 * @param password the password from the URL, or null
 * @param notes what the conversion left out or changed (a Python driver part, a renamed query
 *     parameter), for the debug output; empty for JDBC URLs
 */
public record DatabaseUrl(String jdbcUrl, String user, String password, List<String> notes) {

  public DatabaseUrl {
    notes = List.copyOf(notes);
  }

  /**
   * Parses a URL in any supported form.
   *
   * @throws InvalidUrlException for a URL that cannot be read, naming the wrong part
   */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new MigrateException("No database URL configured");
    }
    String trimmed = url.trim();
    if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
      Optional<String> problem = Databases.forUrl(trimmed).flatMap(d -> d.urlProblem(trimmed));
      if (problem.isPresent()) {
        throw new InvalidUrlException(PasswordMasker.mask(trimmed), "encoding", problem.get());
      }
      return new DatabaseUrl(trimmed, null, null, List.of());
    }
    int separator = trimmed.indexOf("://");
    if (separator < 0) {
      throw new InvalidUrlException(
          null,
          "scheme",
          "it has no scheme://; use a JDBC URL (jdbc:...) or scheme://user:password@host:port/db"
              + " with "
              + Databases.urlSchemes());
    }
    ForeignUrl foreign = ForeignUrlParser.parse(trimmed, separator);
    Optional<DatabaseSupport> database = Databases.forUrlScheme(foreign.scheme());
    if (database.isEmpty()) {
      throw ForeignUrlParser.unsupported(
          trimmed,
          separator,
          "no supported database has the scheme '"
              + foreign.scheme()
              + "'; use "
              + Databases.urlSchemes()
              + " or a JDBC URL");
    }
    List<String> notes = new ArrayList<>();
    if (foreign.driver() != null) {
      notes.add(
          "the driver part '+"
              + foreign.driver()
              + "' names a Python driver and is ignored: migrate connects through "
              + database.get().displayName()
              + "'s JDBC driver");
    }
    String jdbcUrl = database.get().jdbcUrl(foreign, notes);
    return new DatabaseUrl(jdbcUrl, foreign.user(), foreign.password(), notes);
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

  /** The host of the URL for error messages: {@link #endpoint()} without its port. */
  public String host() {
    String endpoint = endpoint();
    if (endpoint.startsWith("[") && endpoint.indexOf(']') > 0) {
      return endpoint.substring(0, endpoint.indexOf(']') + 1);
    }
    int colon = endpoint.indexOf(':');
    return colon > 0 && colon == endpoint.lastIndexOf(':')
        ? endpoint.substring(0, colon)
        : endpoint;
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
}
