package dev.migrate.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server under test. Makes uniquely named databases (the server is shared) and drops
 * only those.
 */
record PgServer(String host, int port, String user, String adminDatabase) {
  private static final SecureRandom RANDOM = new SecureRandom();

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** The URL form Python's SQLAlchemy takes. */
  String sqlAlchemyUrl(String database) {
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }

  /**
   * {@code psql} applying {@code script} to {@code database}, stopping at the first error; {@code
   * oneTransaction} adds {@code -1}.
   */
  List<String> psql(String database, Path script, boolean oneTransaction) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                host,
                "-p",
                String.valueOf(port),
                "-U",
                user,
                "-d",
                database));
    if (oneTransaction) {
      command.add("-1");
    }
    command.addAll(List.of("-f", script.toAbsolutePath().toString()));
    return command;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), user, "");
  }

  /** Creates an empty database named {@code mb_<tag>_<random>} and returns its name. */
  String createDatabase(String tag) throws SQLException {
    String name =
        "mb_" + tag.replaceAll("[^a-z0-9]", "") + "_" + Long.toHexString(RANDOM.nextLong() >>> 8);
    try (Connection c = connect(adminDatabase);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  void dropDatabase(String name) throws SQLException {
    if (name == null || !name.startsWith("mb_")) {
      throw new IllegalArgumentException("not a benchmark database: " + name);
    }
    try (Connection c = connect(adminDatabase);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** The server's version string. */
  String version() throws SQLException {
    try (Connection c = connect(adminDatabase);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
