package dev.migrate.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.sql.SqlSplitter;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.state.DatabaseLock;
import dev.migrate.engine.state.StateTables;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import dev.migrate.engine.verify.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered database must do, run the same way on each: registering a database in
 * {@link Databases} is all it takes for these to run on it (its test server, if it needs one, is
 * named in {@link TestServers}).
 */
class DatabaseContractTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void isRecognisedFromItsUrlAndItsMetadata(String database) throws SQLException {
    try (TestDatabase db = TestDatabase.create(database);
        Connection connection = db.connect()) {
      DatabaseSupport support = db.database();
      assertThat(Databases.forUrl(db.url())).containsSame(support);
      assertThat(Databases.of(connection)).isSameAs(support);
      assertThat(support.driverClass()).isNotBlank();
      Dialect dialect = Databases.detect(connection);
      assertThat(support.dialectNames()).contains(dialect.name());
      assertThat(Databases.forName(dialect.name()).kind()).isEqualTo(dialect.kind());
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void splitsARepresentativeScriptIntoStatementsTheDatabaseRuns(String database)
      throws SQLException {
    String script =
        """
        -- a comment; with a delimiter
        CREATE TABLE contract_notes (id INT PRIMARY KEY, body VARCHAR(100));
        /* a block comment; with a delimiter */
        INSERT INTO contract_notes (id, body) VALUES (1, 'semi;colon');
        INSERT INTO contract_notes (id, body)
          VALUES (2, 'it''s');
        """;
    try (TestDatabase db = TestDatabase.create(database);
        Connection connection = db.connect()) {
      List<Statement> statements =
          SqlSplitter.of(Databases.detect(connection).syntax()).split(script);
      assertThat(statements).extracting(Statement::line).containsExactly(2, 4, 5);
      for (Statement statement : statements) {
        try (java.sql.Statement jdbc = connection.createStatement()) {
          jdbc.execute(statement.sql());
        }
      }
      assertThat(db.strings("SELECT body FROM contract_notes ORDER BY id"))
          .containsExactly("semi;colon", "it's");
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void upgradesAndDowngradesRecordingVersionAndHistoryRows(String database, @TempDir Path dir)
      throws IOException {
    script(dir, "aaa", null, "CREATE TABLE contract_a (id INT)", "DROP TABLE contract_a");
    script(dir, "bbb", "aaa", "CREATE TABLE contract_b (id INT)", "DROP TABLE contract_b");
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator =
          Migrator.create(db.config().locations("filesystem:" + dir.toAbsolutePath()).build());

      assertThat(migrator.upgrade("head").headsAfter()).containsExactly("bbb");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("bbb");
      assertThat(db.strings("SELECT revision FROM migrate_history ORDER BY id"))
          .containsExactly("aaa", "bbb");
      assertThat(db.tableExists("contract_b")).isTrue();

      assertThat(migrator.downgrade("base").headsAfter()).isEmpty();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE direction = 'downgrade'"))
          .isEqualTo(2);
      assertThat(db.tableExists("contract_a")).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aSecondRunnerWaitsBoundedForTheLockAndIsToldWhoHoldsIt(String database) throws SQLException {
    try (TestDatabase db = TestDatabase.create(database)) {
      MigrateConfig config = db.config().build();
      ConnectionFactory connections = ConnectionFactory.of(config);
      StateTables tables;
      try (Connection c = connections.open()) {
        tables = StateTables.of(Databases.detect(c), config);
      }
      List<String> lines = new ArrayList<>();
      Reporter reporter = recording(lines);
      try (DatabaseLock held = DatabaseLock.acquire(tables, connections, Duration.ZERO, reporter)) {
        long start = System.nanoTime();
        assertThatThrownBy(
                () -> DatabaseLock.acquire(tables, connections, Duration.ofSeconds(1), reporter))
            .isInstanceOf(LockTimeoutException.class)
            .hasFieldOrPropertyWithValue("versionTable", tables.versionTable())
            .hasFieldOrPropertyWithValue("timeout", Duration.ofSeconds(1))
            .hasMessageContaining("within 1 s")
            .hasMessageContaining(database.equals("h2") ? "row 1 of" : "held by");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
        assertThat(lines)
            .anySatisfy(l -> assertThat(l).startsWith("Waiting for the migration lock"));
        if (database.equals("postgresql")) {
          assertThat(lines).anySatisfy(l -> assertThat(l).contains("backend pid", "user postgres"));
        } else if (database.equals("mariadb")) {
          assertThat(lines).anySatisfy(l -> assertThat(l).contains("connection", "user root"));
        }
      }
      // Released: the next runner gets it at once.
      DatabaseLock.acquire(tables, connections, Duration.ZERO, reporter).close();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void makesAndDropsAScratchDatabase(String database) throws SQLException {
    ScratchDatabase scratch = TestServers.scratch(database);
    String url = scratch.url();
    try (scratch;
        Connection connection = scratch.connect();
        java.sql.Statement statement = connection.createStatement()) {
      assertThat(scratch.describe()).contains(scratch.name()).doesNotContain("password=");
      statement.execute("CREATE TABLE contract_scratch (id INT)");
    }
    // Gone: a server no longer has the database; memory starts empty again.
    try (Connection again = DriverManager.getConnection(url, scratch.user(), scratch.password())) {
      assertThat(again.getMetaData().getTables(null, null, "%SCRATCH%", null).next()).isFalse();
    } catch (SQLException gone) {
      assertThat(gone.getMessage().toLowerCase(Locale.ROOT)).contains(scratch.name());
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void readsASchemaLeavingOutMigratesOwnTables(String database) throws SQLException {
    try (TestDatabase db = TestDatabase.create(database);
        Connection connection = db.connect()) {
      db.execute(
          "CREATE TABLE contract_read (id INT PRIMARY KEY, name VARCHAR(20))",
          "CREATE TABLE migrate_version (version_num VARCHAR(32))");
      DatabaseSchema schema = new SnapshotReader(List.of("migrate_version")).read(connection);
      List<String> tables =
          schema.tables().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
      assertThat(tables).hasSize(1).allMatch(name -> name.endsWith("contract_read"));
    }
  }

  private static void script(Path dir, String id, String down, String upgrade, String downgrade)
      throws IOException {
    Files.writeString(
        dir.resolve(id + "_contract.sql"),
        "-- revision: "
            + id
            + "\n-- down_revision: "
            + (down == null ? "" : down)
            + "\n-- message: contract "
            + id
            + "\n-- create_date: 2025-01-01 10:00:00\n\n-- migrate:upgrade\n"
            + upgrade
            + ";\n\n-- migrate:downgrade\n"
            + downgrade
            + ";\n");
  }

  private static Reporter recording(List<String> lines) {
    return new Reporter() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add(message);
      }

      @Override
      public void debug(String message) {}
    };
  }
}
