package dev.migrate.engine.jdbc;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Connects URLs of the drivers the engine ships (H2, PostgreSQL, MariaDB/MySQL) straight through
 * their driver, and every other URL through {@link DriverManager}.
 *
 * <p>Why not always DriverManager: its first use loads every driver on the class path through
 * {@link java.util.ServiceLoader}, which costs a short command tens of milliseconds of start-up.
 * The driver is the one the URL's {@link DatabaseSupport} names, from the engine's own class
 * loader, the loader whose drivers DriverManager would hand to this code, so the choice does not
 * change; drivers from elsewhere (the CLI's {@code --classpath}, a data source's class path) still
 * come through DriverManager.
 */
final class BundledDrivers {
  private BundledDrivers() {}

  /** The class name of the shipped driver for a JDBC URL, or null when it is not one of ours. */
  static String driverClass(String jdbcUrl) {
    Optional<DatabaseSupport> database = Databases.forUrl(jdbcUrl);
    return database.isPresent() ? database.get().driverClass() : null;
  }

  /**
   * Opens a connection: directly through the shipped driver for its URL when that driver is present
   * and accepts the URL, else through DriverManager (whose errors, such as "No suitable driver",
   * the caller reports).
   */
  static Connection connect(String jdbcUrl, Properties properties) throws SQLException {
    DriverLogs.silence();
    Driver driver = shipped(driverClass(jdbcUrl));
    if (driver != null) {
      Connection connection = driver.connect(jdbcUrl, properties);
      if (connection != null) {
        return connection;
      }
    }
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  /**
   * Adds the connection properties the URL's database wants by default, and those that bound
   * opening the connection to the timeout.
   */
  static void addDefaults(String jdbcUrl, Properties properties, Duration timeout) {
    Optional<DatabaseSupport> database = Databases.forUrl(jdbcUrl);
    if (database.isPresent()) {
      database.get().addConnectionDefaults(jdbcUrl, properties);
      database.get().addConnectTimeout(jdbcUrl, properties, timeout);
    }
  }

  /**
   * A new instance of the shipped driver class, or null when it is absent (excluded by a build).
   */
  private static Driver shipped(String className) {
    if (className == null) {
      return null;
    }
    try {
      Class<?> type = Class.forName(className, true, BundledDrivers.class.getClassLoader());
      return (Driver) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return null;
    }
  }
}
