package dev.migrate.engine.jdbc;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.ConnectTimeoutException;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.api.error.NoDatabaseException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.database.Databases;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Opens connections from the configuration: the data source when there is one, else the URL through
 * the shipped driver for it or {@link java.sql.DriverManager} (see {@link BundledDrivers}).
 * Failures name the host and port, never the password.
 *
 * <p>A factory made by {@link #openingAhead(int)} opens its first connections on a background
 * thread; close it to close those it opened and never handed out.
 */
public final class ConnectionFactory implements AutoCloseable {
  private final DataSource dataSource;
  private final DatabaseUrl url;
  private final String user;
  private final String password;
  private final Duration timeout;
  private final ConnectionsAhead ahead;

  private ConnectionFactory(
      DataSource dataSource,
      DatabaseUrl url,
      String user,
      String password,
      Duration timeout,
      ConnectionsAhead ahead) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
    this.timeout = timeout;
    this.ahead = ahead;
  }

  private ConnectionFactory(
      DataSource dataSource, DatabaseUrl url, String user, String password, Duration timeout) {
    this(dataSource, url, user, password, timeout, null);
  }

  /** A factory for the configured database; fails when none is configured. */
  public static ConnectionFactory of(MigrateConfig config) {
    if (config.dataSource() != null) {
      return new ConnectionFactory(
          config.dataSource(), null, null, config.password(), config.connectTimeout());
    }
    if (!config.hasDatabase()) {
      throw new NoDatabaseException();
    }
    DatabaseUrl parsed = DatabaseUrl.parse(config.url());
    String user = config.user() != null ? config.user() : parsed.user();
    String password = config.password() != null ? config.password() : parsed.password();
    return new ConnectionFactory(null, parsed, user, password, config.connectTimeout());
  }

  /** A factory over a data source. */
  public static ConnectionFactory of(DataSource dataSource) {
    return new ConnectionFactory(
        dataSource, null, null, null, MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
  }

  /**
   * A factory for the same database whose next {@code count} connections start opening now, on a
   * background thread, while the caller does other start-up work. {@link #open()} hands them out
   * first, with the errors it would have thrown itself.
   */
  public ConnectionFactory openingAhead(int count) {
    ConnectionFactory plain = new ConnectionFactory(dataSource, url, user, password, timeout);
    return new ConnectionFactory(
        dataSource,
        url,
        user,
        password,
        timeout,
        ConnectionsAhead.start(plain, count, dataSource == null && url.inProcess()));
  }

  /** Opens a new connection in autocommit mode; the caller closes it. */
  public Connection open() {
    if (ahead != null) {
      Connection early = ahead.take();
      if (early != null) {
        return early;
      }
    }
    try {
      Connection connection =
          dataSource != null
              ? dataSource.getConnection()
              : BundledDrivers.connect(url.jdbcUrl(), properties());
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      return connection;
    } catch (SQLException e) {
      if (timedOut(e)) {
        throw new ConnectTimeoutException(describe(), timeout);
      }
      if (unknownHost(e)) {
        throw DatabaseUnavailableException.unknownHost(describe(), url == null ? "" : url.host());
      }
      throw new DatabaseUnavailableException(
          "Could not connect to "
              + describe()
              + ": "
              + PasswordMasker.mask(e.getMessage(), password));
    }
  }

  /**
   * True when the driver gave up waiting: its own timeout exception anywhere in the cause chain, or
   * a message that says so (pgJDBC's "Connection attempt timed out.").
   */
  public static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("timed out")) {
        return true;
      }
    }
    return false;
  }

  /** True when the host name did not resolve: the driver's {@link UnknownHostException} below. */
  private static boolean unknownHost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens a connection to the configured database if it is one this JVM runs itself from a file
   * (H2) and it already exists; empty for every other database and on any failure, which {@link
   * #open()} reports when the command gets there. Never creates a database.
   *
   * <p>While such a connection is open, the database stays open in this JVM, so {@link #open()}
   * attaches to it instead of loading the engine and reading the file again: a caller can open one
   * in the background while it does other start-up work, and close it when the command is done.
   *
   * @param readOnly open the database read-only (unless the URL says otherwise): quicker to open
   *     and nothing is written when it closes, but every connection that attaches while it is open
   *     cannot write either: only for a command that never writes, in a process where nothing else
   *     uses the database
   */
  public Optional<Connection> openExistingEmbedded(boolean readOnly) {
    if (dataSource != null) {
      return Optional.empty();
    }
    String jdbcUrl = url.jdbcUrl();
    Optional<Properties> existing =
        Databases.forUrl(jdbcUrl).flatMap(d -> d.openExisting(jdbcUrl, properties(), readOnly));
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(BundledDrivers.connect(jdbcUrl, existing.get()));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** Closes the connections opened ahead and never handed out; nothing for a plain factory. */
  @Override
  public void close() {
    if (ahead != null) {
      ahead.close();
    }
  }

  /**
   * Opens a connection to a JDBC URL with these credentials (either may be null), through the
   * shipped driver for it as {@link #open()} does, for callers that report failures in their own
   * words.
   */
  public static Connection connect(String jdbcUrl, String user, String password)
      throws SQLException {
    return connect(jdbcUrl, user, password, MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
  }

  /** As {@link #connect(String, String, String)}, opening bounded by the timeout. */
  public static Connection connect(String jdbcUrl, String user, String password, Duration timeout)
      throws SQLException {
    return BundledDrivers.connect(jdbcUrl, properties(jdbcUrl, user, password, timeout));
  }

  private Properties properties() {
    return properties(url.jdbcUrl(), user, password, timeout);
  }

  private static Properties properties(
      String jdbcUrl, String user, String password, Duration timeout) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    BundledDrivers.addDefaults(jdbcUrl, properties, timeout);
    return properties;
  }

  /** The masked URL (or "data source") for messages and {@code current --verbose}. */
  public String describe() {
    if (dataSource != null) {
      return "the configured data source";
    }
    String masked = PasswordMasker.mask(url.jdbcUrl(), password);
    return url.endpoint() + " (" + masked + (user == null ? "" : ", user " + user) + ")";
  }

  /** The masked JDBC URL, or "data source". */
  public String maskedUrl() {
    return dataSource != null ? "data source" : PasswordMasker.mask(url.jdbcUrl(), password);
  }
}
