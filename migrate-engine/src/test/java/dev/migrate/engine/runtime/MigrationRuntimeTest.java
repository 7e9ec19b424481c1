package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.api.error.UnresolvedFailureException;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.testing.FixedMigration;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationRuntimeTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void upgradeRecordsRowsAndHistoryThenDowngradeRemovesEverything(String database) {
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = Plans.chain(5, 0);
      List<String> lines = new ArrayList<>();
      MigrationRuntime runtime =
          new MigrationRuntime(db.config().reporter(Reporters.into(lines)).build());

      RunResult up =
          runtime.run(
              "upgrade",
              Plans.byId(chain),
              MigrationRuntime.Mode.RUN,
              rows -> Plans.upgrade(null, chain));

      assertThat(up.headsBefore()).isEmpty();
      assertThat(up.headsAfter()).containsExactly("r5");
      assertThat(lines)
          .contains("Running upgrade  -> r1, step r1", "Running upgrade r4 -> r5, step r5");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r5");
      assertThat(
              db.strings("SELECT revision FROM migrate_history WHERE success = TRUE ORDER BY id"))
          .containsExactly("r1", "r2", "r3", "r4", "r5");
      assertThat(db.strings("SELECT heads_before FROM migrate_history WHERE revision = 'r3'"))
          .containsExactly("r2");
      assertThat(db.strings("SELECT checksum FROM migrate_history WHERE revision = 'r4'"))
          .containsExactly("sha256:r4");
      for (int i = 1; i <= 5; i++) {
        assertThat(db.tableExists("t_r" + i)).isTrue();
      }

      RunResult down =
          runtime.run(
              "downgrade",
              Plans.byId(chain),
              MigrationRuntime.Mode.RUN,
              rows -> Plans.downgrade(chain));

      assertThat(down.headsAfter()).isEmpty();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.tableExists("t_r1")).isFalse();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE direction = 'downgrade'"))
          .isEqualTo(5);
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void failureInTheThirdOfFiveKeepsTheFirstTwoAndRunsNothingAfter(String database) {
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = Plans.chain(5, 3);
      MigrationRuntime runtime = new MigrationRuntime(db.config().build());

      MigrationFailedException failed =
          catchThrowableOfType(
              MigrationFailedException.class,
              () ->
                  runtime.run(
                      "upgrade",
                      Plans.byId(chain),
                      MigrationRuntime.Mode.RUN,
                      rows -> Plans.upgrade(null, chain)));
      assertThat(failed)
          .hasMessageContaining("revision r3")
          .hasMessageContaining("db/migrations/r3_step.sql")
          .hasMessageContaining("statement 2 (line 11)")
          .message()
          .containsIgnoringCase("no_such_table");
      // The same facts as accessors, for callers that act on them.
      assertThat(failed.revision()).isEqualTo("r3");
      assertThat(failed.file()).isEqualTo("db/migrations/r3_step.sql");
      assertThat(failed.statement()).isEqualTo(2);
      assertThat(failed.line()).isEqualTo(11);
      assertThat(failed.databaseMessage()).containsIgnoringCase("no_such_table");
      assertThat(failed.partlyApplied()).isEqualTo(!transactionalDdl(database));

      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r2");
      assertThat(db.tableExists("t_r2")).isTrue();
      assertThat(db.tableExists("t_r4")).isFalse();
      assertThat(
              db.strings("SELECT revision FROM migrate_history WHERE success = TRUE ORDER BY id"))
          .containsExactly("r1", "r2");
      if (!transactionalDdl(database)) {
        // DDL committed by itself: the half-applied revision is on record, and the next run stops.
        assertThat(db.tableExists("t_r3")).isTrue();
        assertThat(db.strings("SELECT revision FROM migrate_history WHERE success = FALSE"))
            .containsExactly("r3");
        List<FixedMigration> fixed = Plans.chain(5, 0);
        assertThatThrownBy(
                () ->
                    runtime.run(
                        "upgrade",
                        Plans.byId(fixed),
                        MigrationRuntime.Mode.RUN,
                        rows -> Plans.upgrade("r2", fixed.subList(2, 5))))
            .isInstanceOf(UnresolvedFailureException.class)
            .hasFieldOrPropertyWithValue("revision", "r3")
            .hasFieldOrPropertyWithValue("direction", "upgrade")
            .hasMessageContaining("Revision r3 failed on upgrade at")
            .hasMessageContaining("no_such_table")
            .hasMessageContaining("stamp");
        // Fixed by hand, then stamped: the next run goes on.
        db.execute("DROP TABLE t_r3");
        runtime.run(
            "stamp",
            Plans.byId(fixed),
            MigrationRuntime.Mode.STAMP,
            rows -> new Plan(List.of(), rows, rows));
        runtime.run(
            "upgrade",
            Plans.byId(fixed),
            MigrationRuntime.Mode.RUN,
            rows -> Plans.upgrade("r2", fixed.subList(2, 5)));
        assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r5");
      } else {
        assertThat(db.tableExists("t_r3")).isFalse();
        assertThat(db.number("SELECT COUNT(*) FROM migrate_history")).isEqualTo(2);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aFailingFirstStatementLeavesNothingBehindAndDoesNotBlock(String database) {
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = new ArrayList<>(Plans.chain(3, 0));
      chain.set(2, FixedMigration.of("r3", "r2", List.of("CREATE TABLE t_r1 (id INT)"), List.of()));
      MigrationRuntime runtime = new MigrationRuntime(db.config().build());
      assertThatThrownBy(
              () ->
                  runtime.run(
                      "upgrade",
                      Plans.byId(chain),
                      MigrationRuntime.Mode.RUN,
                      rows -> Plans.upgrade(null, chain)))
          .hasMessageContaining("statement 1 (line 10)")
          .hasMessageContaining("r3 was rolled back; the revisions before it stay applied");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE success = FALSE")).isZero();
      List<FixedMigration> fixed = Plans.chain(3, 0);
      runtime.run(
          "upgrade",
          Plans.byId(fixed),
          MigrationRuntime.Mode.RUN,
          rows -> Plans.upgrade("r2", fixed.subList(2, 3)));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r3");
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void historyRecordsHowLongAStepTookEvenWhenItsStatementsArePipelined(String database) {
    String sleep =
        switch (database) {
          case "postgresql" -> "DO $$ BEGIN PERFORM pg_sleep(0.4); END $$";
          case "mariadb" -> "DO SLEEP(0.4)";
          case "h2" -> "CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR 'java.lang.Thread.sleep(long)'";
          // No sleep function: counting this far takes well over 0.4 s.
          case "sqlite" ->
              "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000)"
                  + " SELECT COUNT(*) FROM c";
          default -> throw new IllegalArgumentException("no sleep statement for " + database);
        };
    List<String> up =
        database.equals("h2")
            ? List.of(sleep, "CALL SLEEP_MS(400)")
            : List.of("CREATE TABLE t_slow (id INT)", sleep);
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = List.of(FixedMigration.of("slow", null, up, List.of()));
      new MigrationRuntime(db.config().build())
          .run(
              "upgrade",
              Plans.byId(chain),
              MigrationRuntime.Mode.RUN,
              rows -> Plans.upgrade(null, chain));
      assertThat(db.number("SELECT execution_ms FROM migrate_history WHERE revision = 'slow'"))
          .isBetween(380L, 30_000L);
    }
  }

  @org.junit.jupiter.api.Test
  void oneTransactionForTheRunRollsEverythingBackOnPostgres() {
    try (TestDatabase db = TestDatabase.postgres()) {
      List<FixedMigration> chain = Plans.chain(5, 3);
      MigrationRuntime runtime =
          new MigrationRuntime(
              db.config().transactionMode(dev.migrate.engine.api.TransactionMode.ALL).build());
      assertThatThrownBy(
              () ->
                  runtime.run(
                      "upgrade",
                      Plans.byId(chain),
                      MigrationRuntime.Mode.RUN,
                      rows -> Plans.upgrade(null, chain)))
          .hasMessageContaining("revision r3")
          .hasMessageContaining("The whole run was rolled back");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.tableExists("t_r1")).isFalse();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history")).isZero();

      List<FixedMigration> fixed = Plans.chain(5, 0);
      runtime.run(
          "upgrade",
          Plans.byId(fixed),
          MigrationRuntime.Mode.RUN,
          rows -> Plans.upgrade(null, fixed));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r5");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE execution_ms >= 0"))
          .isEqualTo(5);
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aRunnerThatFindsTheWorkDoneRunsNothing(String database) {
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = Plans.chain(2, 0);
      MigrationRuntime runtime = new MigrationRuntime(db.config().build());
      runtime.run(
          "upgrade",
          Plans.byId(chain),
          MigrationRuntime.Mode.RUN,
          rows -> Plans.upgrade(null, chain));
      List<List<String>> seen = new ArrayList<>();
      RunResult again =
          runtime.run(
              "upgrade",
              Plans.byId(chain),
              MigrationRuntime.Mode.RUN,
              rows -> {
                seen.add(rows);
                return new Plan(List.of(), rows, rows);
              });
      assertThat(seen).containsExactly(List.of("r2"));
      assertThat(again.steps()).isEmpty();
    }
  }

  static MigrateConfig.Builder config(TestDatabase db) {
    return db.config();
  }

  /** PostgreSQL and SQLite roll a failed revision's DDL back; the others keep what ran. */
  private static boolean transactionalDdl(String database) {
    return database.equals("postgresql") || database.equals("sqlite");
  }
}
