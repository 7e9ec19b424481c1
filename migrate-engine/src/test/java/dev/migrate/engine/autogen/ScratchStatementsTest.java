package dev.migrate.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A model's DDL in chunks: every statement runs, and a failure names the statement it was. */
class ScratchStatementsTest {

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "h2"})
  void moreStatementsThanOneChunkAllRunWithRowsReturningAndNonTransactionalOnesAmongThem(
      String dialectName) throws Exception {
    try (TestDatabase db = TestDatabase.create(dialectName);
        Connection connection = db.connect()) {
      List<Statement> statements = new ArrayList<>();
      for (int i = 0; i < ScratchStatements.CHUNK + 50; i++) {
        statements.add(statement(statements, "CREATE TABLE t" + i + " (id integer PRIMARY KEY)"));
      }
      statements.add(statement(statements, "SELECT count(*) FROM t0"));
      statements.add(
          statement(
              statements,
              db.is("postgresql")
                  ? "CREATE INDEX CONCURRENTLY ix_t1 ON t1 (id)"
                  : "CREATE INDEX ix_t1 ON t1 (id)"));
      statements.add(statement(statements, "CREATE TABLE last_one (id integer)"));

      Optional<ScratchStatements.Failure> failure =
          ScratchStatements.run(connection, db.dialect(), statements);

      assertThat(failure).isEmpty();
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(db.tableExists("t" + (ScratchStatements.CHUNK + 49))).isTrue();
      assertThat(db.tableExists("last_one")).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "h2"})
  void aFailureNamesItsStatementAndTheDatabasesWords(String dialectName) throws Exception {
    try (TestDatabase db = TestDatabase.create(dialectName);
        Connection connection = db.connect()) {
      List<Statement> statements = new ArrayList<>();
      statements.add(statement(statements, "CREATE TABLE a (id integer PRIMARY KEY)"));
      statements.add(statement(statements, "CREATE TABLE b (id integer REFERENCES nowhere (id))"));
      statements.add(statement(statements, "CREATE TABLE c (id integer)"));

      Optional<ScratchStatements.Failure> failure =
          ScratchStatements.run(connection, db.dialect(), statements);

      assertThat(failure).isPresent();
      assertThat(failure.get().statement().index()).isEqualTo(2);
      assertThat(failure.get().message()).containsIgnoringCase("nowhere");
      assertThat(db.tableExists("c")).isFalse();
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  private static Statement statement(List<Statement> before, String sql) {
    return new Statement(sql, 0, before.size() + 1);
  }
}
