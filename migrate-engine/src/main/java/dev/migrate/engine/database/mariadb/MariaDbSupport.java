package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.ForeignUrl;
import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.ScratchPlan;
import dev.migrate.engine.database.ServerRoles;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL: {@code jdbc:mariadb:}, {@code jdbc:mysql:}, {@code mariadb://} and {@code
 * mysql://} URLs, all through the MariaDB driver the engine ships.
 */
public final class MariaDbSupport implements DatabaseSupport {
  private static final List<String> PREFIXES = List.of("jdbc:mariadb:", "jdbc:mysql:");
  private static final Pattern SERVER_URL =
      Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]*)(/[^?]*)?(\\?.*)?$");

  @Override
  public String displayName() {
    return "MariaDB/MySQL";
  }

  @Override
  public List<String> dialectNames() {
    return List.of("mariadb", "mysql");
  }

  @Override
  public Optional<Dialect> dialectNamed(String name) {
    return switch (name) {
      case "mariadb" -> Optional.of(new MariaDbDialect(DatabaseKind.MARIADB));
      case "mysql" -> Optional.of(new MariaDbDialect(DatabaseKind.MYSQL));
      default -> Optional.empty();
    };
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    for (String prefix : PREFIXES) {
      if (jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean recognizes(String productName) {
    String product = productName.toLowerCase(Locale.ROOT);
    return product.contains("mariadb") || product.contains("mysql");
  }

  /** MariaDB may call itself MySQL, with "MariaDB" in the version. */
  @Override
  public Dialect dialect(DatabaseMetaData metaData) throws SQLException {
    boolean mariadb =
        metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb")
            || metaData.getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
    return new MariaDbDialect(mariadb ? DatabaseKind.MARIADB : DatabaseKind.MYSQL);
  }

  /** {@code mysql://} becomes a MariaDB URL too: the MariaDB driver is the one we ship. */
  @Override
  public List<String> urlSchemes() {
    return List.of("mysql", "mariadb");
  }

  /** A URL without a host means the local server, as for libpq and the mysql client. */
  @Override
  public String jdbcUrl(ForeignUrl url, List<String> notes) {
    return "jdbc:mariadb://"
        + url.hostAndPort("localhost")
        + "/"
        + url.database()
        + url.querySuffix();
  }

  @Override
  public String driverClass() {
    return "org.mariadb.jdbc.Driver";
  }

  /**
   * The MariaDB driver's {@code connectTimeout} (milliseconds) bounds reaching the server and its
   * handshake alike.
   */
  @Override
  public void addConnectTimeout(String jdbcUrl, Properties properties, Duration timeout) {
    if (!DatabaseSupport.sets(jdbcUrl, properties, "connectTimeout")) {
      properties.setProperty("connectTimeout", String.valueOf(Math.max(1, timeout.toMillis())));
    }
  }

  @Override
  public SchemaReader schemaReader() {
    return new MariaDbCatalog();
  }

  @Override
  public Optional<ServerRoles> serverRoles() {
    return Optional.of(new MariaDbRoles());
  }

  @Override
  public Optional<ScratchPlan> scratch(
      String serverUrl, String user, String password, String name) {
    return ScratchPlan.onServer(
        SERVER_URL, serverUrl, user, password, name, "DROP DATABASE IF EXISTS " + name);
  }
}
