package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.Syntaxes;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the splitter's sample scripts against the real servers: the statements it finds must be
 * exactly what each server accepts. Skips a server that is down, unless
 * MIGRATE_REQUIRE_DATABASES=1.
 */
class SplitterDatabaseTest {
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
        SqlSplitter.of(Syntaxes.POSTGRESQL)
            .split(SqlSplitterTest.resource("postgresql-realworld.sql"), 1, "pg.sql");
    try (TestDatabase db = TestDatabase.postgres();
        Connection c = db.connect()) {
      run(c, statements);
      assertThat(count(c, "SELECT count(*) FROM accounts")).isEqualTo(4);
      assertThat(count(c, "SELECT count(*) FROM accounts WHERE name = E'O\\'Brien; \\\\ escaped'"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM accounts WHERE name = 'C:\\temp\\'")).isEqualTo(1);
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
    }
  }

  @Test
  void mariadbAcceptsEveryStatement() throws SQLException {
    List<Statement> statements =
        SqlSplitter.of(Syntaxes.MYSQL)
            .split(SqlSplitterTest.resource("mysql-procedure.sql"), 1, "my.sql");
    try (TestDatabase db = TestDatabase.mariadb();
        Connection c = db.connect()) {
      run(c, statements);
      assertThat(count(c, "SELECT count(*) FROM counters")).isEqualTo(6);
      assertThat(count(c, "SELECT count(*) FROM counters WHERE label = 'row; 2'")).isEqualTo(1);
      assertThat(count(c, "SELECT count(*) FROM counters WHERE label = 'it\\'s; fine'"))
          .isEqualTo(1);
    }
  }

  @Test
  void h2AcceptsEveryStatement() throws SQLException {
    List<Statement> statements =
        SqlSplitter.of(Syntaxes.H2).split(SqlSplitterTest.resource("h2-aliases.sql"), 1, "h2.sql");
    assertThat(statements).extracting(Statement::line).containsExactly(2, 3, 11);
    try (TestDatabase db = TestDatabase.h2();
        Connection c = db.connect()) {
      run(c, statements);
      assertThat(count(c, "SELECT count(*) FROM notes WHERE body = 'ko;s''ti'")).isEqualTo(1);
    }
  }
}
