package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.api.error.NonTransactionalInRunException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.testing.FixedMigration;
import dev.migrate.engine.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rendered SQL, applied by the database's own client, ends where an online run ends. */
class OfflineRenderTest {
  private static final String HISTORY =
      "SELECT CONCAT_WS(':', revision, direction, checksum, heads_before, heads_after)"
          + " FROM migrate_history ORDER BY id";

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void renderedUpgradeAppliedByTheClientMatchesAnOnlineRun(String database) throws Exception {
    List<FixedMigration> chain = chain(database);
    Plan plan = Plans.upgrade(null, chain);
    try (TestDatabase online = TestDatabase.create(database);
        TestDatabase offline = TestDatabase.create(database)) {
      MigrationRuntime runtime = new MigrationRuntime(online.config().build());
      runtime.run("upgrade", Plans.byId(chain), MigrationRuntime.Mode.RUN, rows -> plan);

      String sql =
          runtime.render(plan, Databases.forName(offline.dialectName()), Plans.byId(chain), true);
      assertThat(
              runtime.render(
                  plan, Databases.forName(offline.dialectName()), Plans.byId(chain), true))
          .isEqualTo(sql);
      offline.runScript(sql);

      String history =
          database.equals("mariadb")
              ? HISTORY.replace(
                  "revision ||",
                  "CONCAT_WS(':', revision, direction, checksum, heads_before, heads_after) --")
              : HISTORY;
      assertThat(offline.strings("SELECT version_num FROM migrate_version"))
          .containsExactlyElementsOf(online.strings("SELECT version_num FROM migrate_version"))
          .containsExactly("r4");
      assertThat(offline.strings(history)).isEqualTo(online.strings(history)).hasSize(4);
      assertThat(offline.tableExists("t_r3")).isTrue();

      Plan down = Plans.downgrade(chain);
      String downSql =
          runtime.render(down, Databases.forName(offline.dialectName()), Plans.byId(chain), false);
      offline.runScript(downSql);
      assertThat(offline.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(offline.tableExists("t_r1")).isFalse();
    }
  }

  @Test
  void postgresScriptHasTransactionPerRevisionAndTheNonTransactionalOneOutside() {
    List<FixedMigration> chain = chain("postgresql");
    MigrationRuntime runtime =
        new MigrationRuntime(
            dev.migrate.engine.api.MigrateConfig.builder().dialect("postgresql").build());
    String sql =
        runtime.render(
            Plans.upgrade(null, chain), Databases.forName("postgresql"), Plans.byId(chain), true);
    assertThat(sql)
        .startsWith(
            "SET client_encoding = 'UTF8';\n\n"
                + "CREATE TABLE IF NOT EXISTS \"migrate_version\" (version_num VARCHAR(32) NOT NULL,"
                + " CONSTRAINT \"migrate_version_pkc\" PRIMARY KEY (version_num));")
        .contains(
            "BEGIN;\n\n-- Running upgrade  -> r1, step r1\n-- Revision r1 from r1_step.sql\n\n"
                + "CREATE TABLE t_r1 (id INT PRIMARY KEY);\n\n"
                + "INSERT INTO \"migrate_version\" (version_num) VALUES ('r1');\n\n")
        .contains(
            "COMMIT;\n\n-- Running upgrade r3 -> r4, step r4\n-- Revision r4 from r4_step.sql\n\n"
                + "CREATE INDEX CONCURRENTLY ix_r4 ON t_r1 (id);\n\nBEGIN;\n\n"
                + "UPDATE \"migrate_version\" SET version_num = 'r4' WHERE version_num = 'r3';")
        .contains(
            "CURRENT_USER, CURRENT_TIMESTAMP,"
                + " CAST(EXTRACT(EPOCH FROM clock_timestamp() - now()) * 1000 AS BIGINT), TRUE,"
                + " NULL);\n\nCOMMIT;")
        .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d");
  }

  @Test
  void mariadbScriptHasNoTransactionControl() {
    List<FixedMigration> chain = chain("mariadb");
    MigrationRuntime runtime =
        new MigrationRuntime(
            dev.migrate.engine.api.MigrateConfig.builder().dialect("mariadb").build());
    String sql =
        runtime.render(
            Plans.upgrade(null, chain), Databases.forName("mariadb"), Plans.byId(chain), true);
    assertThat(sql).doesNotContain("BEGIN").doesNotContain("COMMIT").contains("`migrate_version`");
  }

  @Test
  void oneTransactionForTheRunRefusesToRenderANonTransactionalRevision() {
    // One transaction for the run cannot hold a revision that must run outside one: the script
    // would commit part of the run and could not be rolled back as a whole, so nothing renders.
    List<FixedMigration> chain = chain("postgresql");
    MigrationRuntime runtime =
        new MigrationRuntime(
            dev.migrate.engine.api.MigrateConfig.builder()
                .transactionMode(TransactionMode.ALL)
                .build());
    assertThatThrownBy(
            () ->
                runtime.render(
                    Plans.upgrade(null, chain),
                    Databases.forName("postgresql"),
                    Plans.byId(chain),
                    true))
        .isInstanceOf(NonTransactionalInRunException.class)
        .hasFieldOrPropertyWithValue("revision", "r4")
        .hasMessageContaining("transactionMode=all")
        .hasMessageContaining("r4")
        .hasMessageContaining("transactional: false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void nonAsciiTextArrivesIntactThroughAClientWhoseEncodingIsNotUtf8(String database) {
    String text = "Café, Größe, naïve ✓";
    String table =
        database.equals("mariadb")
            ? "CREATE TABLE labels (label VARCHAR(40)) CHARACTER SET utf8mb4"
            : "CREATE TABLE labels (label VARCHAR(40))";
    List<FixedMigration> chain =
        List.of(
            FixedMigration.of(
                "r1",
                null,
                List.of(table, "INSERT INTO labels VALUES ('" + text + "')"),
                List.of("DROP TABLE labels")));
    try (TestDatabase db = TestDatabase.create(database)) {
      MigrationRuntime runtime = new MigrationRuntime(db.config().build());
      String sql =
          runtime.render(
              Plans.upgrade(null, chain),
              Databases.forName(db.dialectName()),
              Plans.byId(chain),
              true);

      db.runScriptAsLatin1Client(sql);

      assertThat(db.strings("SELECT label FROM labels")).containsExactly(text);
    }
  }

  private static List<FixedMigration> chain(String database) {
    List<FixedMigration> chain = new ArrayList<>(Plans.chain(3, 0));
    String index =
        database.equals("postgresql")
            ? "CREATE INDEX CONCURRENTLY ix_r4 ON t_r1 (id)"
            : "CREATE INDEX ix_r4 ON t_r1 (id)";
    chain.add(
        FixedMigration.of(
                "r4",
                "r3",
                List.of(index),
                List.of(
                    database.equals("mariadb") ? "DROP INDEX ix_r4 ON t_r1" : "DROP INDEX ix_r4"))
            .nonTransactional());
    return chain;
  }
}
