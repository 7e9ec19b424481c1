package dev.migrate.engine.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connects URLs of the drivers the engine ships (H2, PostgreSQL, MariaDB/MySQL) straight through
 * their driver, and every other URL through {@link DriverManager}.
 *
 * <p>Why not always DriverManager: its first use loads every driver on the class path through
 * {@link java.util.ServiceLoader}, which costs a short command tens of milliseconds of start-up.
 * The driver is picked by URL prefix from the engine's own class loader, the loader whose drivers
 * DriverManager would hand to this code, so the choice does not change; drivers from elsewhere (the
 * CLI's {@code --classpath}, a data source's class path) still come through DriverManager.
 */
final class BundledDrivers {
  /** The H2 setting that bounds how long closing the database compacts the file, in ms. */
  static final String H2_MAX_COMPACT_TIME = "MAX_COMPACT_TIME";

  /** The H2 setting that makes opening a database that does not exist fail instead of create it. */
  static final String H2_IF_EXISTS = "IFEXISTS";

  /** The H2 setting that opens a database read-only ({@code r}) or read-write ({@code rw}). */
  static final String H2_ACCESS_MODE_DATA = "ACCESS_MODE_DATA";

  private BundledDrivers() {}

  /** The class name of the shipped driver for a JDBC URL, or null when it is not one of ours. */
  static String driverClass(String jdbcUrl) {
    if (startsWith(jdbcUrl, "jdbc:h2:")) {
      return "org.h2.Driver";
    }
    if (startsWith(jdbcUrl, "jdbc:postgresql:")) {
      return "org.postgresql.Driver";
    }
    if (startsWith(jdbcUrl, "jdbc:mariadb:") || startsWith(jdbcUrl, "jdbc:mysql:")) {
      return "org.mariadb.jdbc.Driver";
    }
    return null;
  }

  /**
   * Opens a connection: directly through the shipped driver for its URL when that driver is present
   * and accepts the URL, else through DriverManager (whose errors, such as "No suitable driver",
   * the caller reports).
   */
  static Connection connect(String jdbcUrl, Properties properties) throws SQLException {
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
   * Adds H2's {@code MAX_COMPACT_TIME=0} when the URL does not set it. By default H2 spends up to
   * 200 ms compacting the file when the last connection closes; a migration run is short and rarely
   * shrinks anything, and that pause doubled the close of {@code current}. A value in the URL wins
   * (H2 refuses the same setting in both places).
   */
  static void addDefaults(String jdbcUrl, Properties properties) {
    if (startsWith(jdbcUrl, "jdbc:h2:")
        && !properties.containsKey(H2_MAX_COMPACT_TIME)
        && !h2UrlSets(jdbcUrl, H2_MAX_COMPACT_TIME)) {
      properties.setProperty(H2_MAX_COMPACT_TIME, "0");
    }
  }

  /**
   * True when the {@code ;KEY=value} settings of an H2 URL name the setting (keys ignore case, as
   * in H2; a backslash escapes a semicolon inside a value such as {@code INIT}).
   */
  static boolean h2UrlSets(String jdbcUrl, String setting) {
    int start = jdbcUrl.indexOf(';');
    while (start >= 0) {
      int end = start + 1;
      while (end < jdbcUrl.length() && jdbcUrl.charAt(end) != ';') {
        end += jdbcUrl.charAt(end) == '\\' ? 2 : 1;
      }
      end = Math.min(end, jdbcUrl.length());
      String item = jdbcUrl.substring(start + 1, end);
      int equals = item.indexOf('=');
      if (equals > 0 && item.substring(0, equals).trim().equalsIgnoreCase(setting)) {
        return true;
      }
      start = end < jdbcUrl.length() ? end : -1;
    }
    return false;
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

  private static boolean startsWith(String url, String prefix) {
    return url.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
