package dev.migrate.engine.database;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything the engine asks about one database, in one place: how to recognise it (JDBC URL,
 * product name and version), its shipped driver, the {@link Dialect} it speaks (splitter syntax,
 * transaction rules, lock, renderer, capabilities), its schema reader and how to make a scratch
 * database on it. One implementation per database, each in its own package, listed in {@link
 * Databases}; no other code asks which database it is talking to.
 */
public interface DatabaseSupport {

  /** For messages: {@code PostgreSQL}, {@code MariaDB/MySQL}, {@code H2}. */
  String displayName();

  /** The names offline rendering's {@code dialect} setting lists for this database. */
  List<String> dialectNames();

  /**
   * The dialect for a name the {@code dialect} setting accepts (lower-case; aliases such as {@code
   * pg} included), or empty when the name is not this database's.
   */
  Optional<Dialect> dialectNamed(String name);

  /** True when this database serves the JDBC URL (compared case-insensitively). */
  boolean acceptsUrl(String jdbcUrl);

  /** True for the product name {@link DatabaseMetaData#getDatabaseProductName()} reports. */
  boolean recognizes(String productName);

  /** The dialect of a connection whose product this database {@link #recognizes}. */
  Dialect dialect(DatabaseMetaData metaData) throws SQLException;

  /**
   * The URL schemes of other ecosystems ({@code postgresql://user:pass@host/db}, SQLAlchemy's
   * {@code sqlite:///app.db}) that stand for this database, lower-case and without SQLAlchemy's
   * {@code +driver}; empty when it has none.
   */
  default List<String> urlSchemes() {
    return List.of();
  }

  /**
   * The JDBC URL, without credentials, for a URL with one of {@link #urlSchemes()}: its host, port,
   * database (or file) and query parameters, which go on to the JDBC driver.
   *
   * @param notes where to add, in a sentence each, what the JDBC URL leaves out or changes
   */
  default String jdbcUrl(ForeignUrl url, List<String> notes) {
    throw new UnsupportedOperationException(displayName() + " has no URL scheme of its own");
  }

  /** The class name of the JDBC driver the engine ships for this database. */
  String driverClass();

  /**
   * The URL of the project-local database kept in {@code directory} that migrate uses when no
   * database is configured, if this database is the one that offers it.
   */
  default Optional<String> embeddedUrl(Path directory) {
    return Optional.empty();
  }

  /**
   * What this database's driver cannot read in a JDBC URL it accepts, worded for the user (the URL
   * is shown beside it, masked), or empty: found before connecting, so that a typo is a bad setting
   * rather than a failed connection.
   */
  default Optional<String> urlProblem(String jdbcUrl) {
    return Optional.empty();
  }

  /** Whether the embedded database in {@code directory} exists (an earlier command made it). */
  default boolean embeddedExists(Path directory) {
    return false;
  }

  /** Adds the connection properties the engine wants by default, unless the URL sets them. */
  default void addConnectionDefaults(String jdbcUrl, Properties properties) {}

  /**
   * The server as a person names it, for the line that says which database a run changes: {@code
   * PostgreSQL 15.4}, {@code MariaDB 10.11.6-MariaDB}.
   */
  static String serverName(DatabaseMetaData metaData) throws SQLException {
    String version = metaData.getDatabaseProductVersion();
    int space = version == null ? -1 : version.indexOf(' ');
    return metaData.getDatabaseProductName()
        + " "
        + (space < 0 ? version : version.substring(0, space));
  }

  /**
   * Adds the driver properties that bound opening a connection (reaching the server and logging in)
   * to {@code timeout}, unless the URL or the properties already set them; statements stay
   * unbounded, since a migration may rightly run for hours. Nothing for a database whose driver has
   * no such property.
   */
  default void addConnectTimeout(String jdbcUrl, Properties properties, Duration timeout) {}

  /**
   * True when a URL of the {@code ?name=value&...} form, or the properties, already set the
   * property, which then wins over what the engine would add.
   */
  static boolean sets(String jdbcUrl, Properties properties, String name) {
    if (properties.containsKey(name)) {
      return true;
    }
    int query = jdbcUrl.indexOf('?');
    if (query < 0) {
      return false;
    }
    for (String pair : jdbcUrl.substring(query + 1).split("&")) {
      if (pair.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
        return true;
      }
    }
    return false;
  }

  /** True when the database runs inside this JVM, so opening it never waits on a network. */
  default boolean inProcess(String jdbcUrl) {
    return false;
  }

  /**
   * The properties that open the URL's database only if it already exists, when it is a file
   * database this JVM runs itself (whose first open loads the engine and reads the file); empty for
   * every other URL.
   *
   * @param readOnly open it read-only, unless the URL says otherwise
   */
  default Optional<Properties> openExisting(
      String jdbcUrl, Properties properties, boolean readOnly) {
    return Optional.empty();
  }

  /** How {@code verify} reads this database's schema. */
  SchemaReader schemaReader();

  /**
   * The roles and users the server keeps outside its databases, which {@code verify} tracks and
   * drops after a run; empty when roles live inside a database (H2) or there are none (SQLite).
   */
  default Optional<ServerRoles> serverRoles() {
    return Optional.empty();
  }

  /**
   * A throwaway database named {@code name}: on the server of {@code serverUrl}, or, when {@code
   * serverUrl} is null, in memory where the database can do that. Empty when neither is possible.
   */
  default Optional<ScratchPlan> scratch(
      String serverUrl, String user, String password, String name) {
    return Optional.empty();
  }
}
