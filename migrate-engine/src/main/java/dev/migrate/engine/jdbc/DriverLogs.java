package dev.migrate.engine.jdbc;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place the shipped drivers' own log output is switched off. pgJDBC logs through
 * java.util.logging, which prints to the console of the CLI and of Maven, and echoes the URL it
 * could not parse, password included; the MariaDB driver logs through SLF4J when present, as a
 * second copy of what its exceptions already say. Everything a user needs reaches them through the
 * engine's messages, masked, and the server's notices through the run's {@code Server:} lines.
 */
final class DriverLogs {
  // Held so that java.util.logging, which keeps loggers weakly, does not forget the level.
  private static final Logger POSTGRESQL = Logger.getLogger("org.postgresql");
  private static final String MARIADB_DISABLE = "mariadb.logging.disable";

  private DriverLogs() {}

  /**
   * Silences the drivers' loggers before their first use; a user who configured them explicitly (a
   * logging.properties level, the MariaDB system property) keeps their choice.
   */
  static void silence() {
    if (POSTGRESQL.getLevel() == null) {
      POSTGRESQL.setLevel(Level.OFF);
    }
    if (System.getProperty(MARIADB_DISABLE) == null) {
      System.setProperty(MARIADB_DISABLE, "true");
    }
  }
}
