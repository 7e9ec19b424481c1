package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the splitter's sample scripts against the real servers: the statements it finds must be
 * exactly what each server accepts. Skips a server that is down, unless
 * MIGRATE_REQUIRE_DATABASES=1.
 */
class SplitterDatabaseTest {
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";

  static Connection connect(String url, String user) throws SQLException {
    try {
      return DriverManager.getConnection(url, user, "");
    } catch (SQLException e) {
      if ("1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"))) {
        throw e;
      }
      Assumptions.abort(url + " is unreachable: " + e.getMessage());
      throw e;
    }
  }

  static String uniqueName() {
    return "mt_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  static void run(Connection connection, List<Statement> statements) throws SQLException {
    for (Statement statement : statements) {
      try (java.sql.Statement jdbc = connection.createStatement()) {
        jdbc.execute(statement.sql());
      } catch (SQLException e) {
        throw new SQLException(
            "statement "
                + statement.index()
                + " at line "
                + statement.line()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  static long count(Connection connection, String sql) throws SQLException {
    try (java.sql.Statement jdbc = connection.createStatement();
        ResultSet rs = jdbc.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void postgresqlAcceptsEveryStatement() throws SQLException {
    List<Statement> statements =
        SqlSplitter.of(SqlSyntax.POSTGRESQL)
            .split(SqlSplitterTest.resource("postgresql-realworld.sql"), 1, "pg.sql");
    String schema = uniqueName();
    try (Connection c = connect(PG_URL, "postgres")) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
        s.execute("SET search_path TO " + schema);
      }
      try {
        run(c, statements);
        assertThat(count(c, "SELECT count(*) FROM accounts")).isEqualTo(4);
        assertThat(
                count(c, "SELECT count(*) FROM accounts WHERE name = E'O\\'Brien; \\\\ escaped'"))
            .isEqualTo(1);
        assertThat(count(c, "SELECT count(*) FROM accounts WHERE name = 'C:\\temp\\'"))
            .isEqualTo(1);
        assertThat(
                count(
                    c,
                    "SELECT count(*) FROM pg_description WHERE description ="
                        + " 'Customer''s accounts; one row per customer'"))
            .isEqualTo(1);
        try (java.sql.Statement s = c.createStatement()) {
          s.execute("UPDATE accounts SET name = name WHERE name = 'system'");
        }
        assertThat(count(c, "SELECT count(*) FROM accounts WHERE updated_at IS NOT NULL"))
            .as("the trigger fired")
            .isEqualTo(1);
      } finally {
        try (java.sql.Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  @Test
  void mariadbAcceptsEveryStatement() throws SQLException {
    List<Statement> statements =
        SqlSplitter.of(SqlSyntax.MYSQL)
            .split(SqlSplitterTest.resource("mysql-procedure.sql"), 1, "my.sql");
    String database = uniqueName();
    try (Connection c = connect(MARIADB_URL, "root")) {
      try (java.sql.Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      }
      try {
        c.setCatalog(database);
        run(c, statements);
        assertThat(count(c, "SELECT count(*) FROM counters")).isEqualTo(6);
        assertThat(count(c, "SELECT count(*) FROM counters WHERE label = 'row; 2'")).isEqualTo(1);
        assertThat(count(c, "SELECT count(*) FROM counters WHERE label = 'it\\'s; fine'"))
            .isEqualTo(1);
      } finally {
        try (java.sql.Statement s = c.createStatement()) {
          s.execute("DROP DATABASE " + database);
        }
      }
    }
  }

  @Test
  void h2AcceptsEveryStatement() throws SQLException {
    List<Statement> statements =
        SqlSplitter.of(SqlSyntax.H2).split(SqlSplitterTest.resource("h2-aliases.sql"), 1, "h2.sql");
    assertThat(statements).extracting(Statement::line).containsExactly(2, 3, 11);
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + uniqueName())) {
      run(c, statements);
      assertThat(count(c, "SELECT count(*) FROM notes WHERE body = 'ko;s''ti'")).isEqualTo(1);
    }
  }
}
