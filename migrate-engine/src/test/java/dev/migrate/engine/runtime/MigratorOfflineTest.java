package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DialectRequiredException;
import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.MissingTargetException;
import dev.migrate.engine.api.error.NeedsNoTransactionException;
import dev.migrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** upgradeSql / downgradeSql through the facade, applied by each database's own client. */
class MigratorOfflineTest {
  private static final String HISTORY =
      "SELECT CONCAT_WS(':', revision, direction, checksum, heads_before, heads_after)"
          + " FROM migrate_history ORDER BY id";

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void renderedScriptGivesTheSameRowsAsAnOnlineRun(String database) {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    try (TestDatabase online = TestDatabase.create(database);
        TestDatabase offline = TestDatabase.create(database)) {
      Migrator.create(online.config().locations(scripts.location()).build()).upgrade("heads");

      Migrator renderer =
          Migrator.create(
              MigrateConfig.builder()
                  .locations(scripts.location())
                  .dialect(offline.dialectName())
                  .build());
      String upgrade = renderer.upgradeSql("base:heads");
      assertThat(renderer.upgradeSql(null)).isEqualTo(upgrade);
      assertThat(upgrade).contains("-- Running upgrade c1, d2 -> e, create e");
      offline.runScript(upgrade);

      assertThat(offline.strings("SELECT version_num FROM migrate_version"))
          .isEqualTo(online.strings("SELECT version_num FROM migrate_version"))
          .containsExactly("e");
      assertThat(offline.strings(HISTORY)).isEqualTo(online.strings(HISTORY)).hasSize(6);

      offline.runScript(renderer.downgradeSql("heads:base"));
      assertThat(offline.strings("SELECT version_num FROM migrate_version")).isEmpty();
      for (String id : new String[] {"a", "b", "c1", "c2", "d2", "e"}) {
        assertThat(offline.tableExists("t_" + id)).as(id).isFalse();
      }
    }
  }

  @Test
  void withADatabaseAPlainTargetStartsFromItsRows() {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    try (TestDatabase db = TestDatabase.postgres()) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      migrator.upgrade("c1");
      String sql = migrator.upgradeSql("heads");
      assertThat(sql)
          .doesNotContain("CREATE TABLE IF NOT EXISTS \"migrate_version\"")
          .doesNotContain("-> c1,")
          .contains("-- Running upgrade b -> c2, create c2");
      db.runScript(sql);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("e");
    }
  }

  @Test
  void offlineAPlainTargetCountsFromBase() {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    Migrator h2 =
        Migrator.create(
            MigrateConfig.builder().locations(scripts.location()).dialect("h2").build());
    assertThat(h2.upgradeSql("heads")).isEqualTo(h2.upgradeSql("base:heads"));
    String toC1 = h2.upgradeSql("c1");
    assertThat(toC1).isEqualTo(h2.upgradeSql(":c1")).contains("-> c1,").doesNotContain("-> c2,");
  }

  @Test
  void offlineNeedsADialectAndDowngradeNeedsARange() {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    Migrator noDialect =
        Migrator.create(MigrateConfig.builder().locations(scripts.location()).build());
    assertThatThrownBy(() -> noDialect.upgradeSql("base:heads"))
        .isInstanceOf(DialectRequiredException.class)
        .hasMessageContaining("dialect");
    Migrator h2 =
        Migrator.create(
            MigrateConfig.builder().locations(scripts.location()).dialect("h2").build());
    assertThatThrownBy(() -> h2.downgradeSql("base"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("START:END");
    assertThatThrownBy(() -> h2.downgradeSql(" "))
        .isInstanceOf(MissingTargetException.class)
        .hasMessageContaining("START:END");
    assertThatThrownBy(() -> h2.upgradeSql("c1:c2"))
        .hasMessageContaining("c1")
        .hasMessageContaining("c2");
  }

  @Test
  void aRangeRenderedOfflineTakesTheDialectFromTheUrlWithoutConnecting() {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    // Port 1: nothing listens there, so the SQL can only come from rendering offline.
    Migrator fromUrl =
        Migrator.create(
            MigrateConfig.builder()
                .locations(scripts.location())
                .url("postgresql://app@127.0.0.1:1/app")
                .build());
    Migrator named =
        Migrator.create(
            MigrateConfig.builder().locations(scripts.location()).dialect("postgresql").build());
    assertThat(fromUrl.upgradeSql("base:heads")).isEqualTo(named.upgradeSql("base:heads"));
  }

  @Test
  void aConcurrentIndexInATransactionalScriptIsRefusedBeforeAnythingRunsWithTheFix()
      throws IOException {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    Path script =
        scripts.write(
            "b",
            "a",
            null,
            "CREATE TABLE t_b (id INT);\nCREATE INDEX CONCURRENTLY ix_b ON t_b (id);",
            "DROP TABLE t_b;");
    Migrator postgres =
        Migrator.create(
            MigrateConfig.builder().locations(scripts.location()).dialect("postgresql").build());
    assertThatThrownBy(() -> postgres.upgradeSql("base:heads"))
        .isInstanceOf(NeedsNoTransactionException.class)
        .hasFieldOrPropertyWithValue("revision", "b")
        .hasFieldOrPropertyWithValue("line", 8)
        .hasMessageContaining(script.getFileName().toString())
        .hasMessageContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction")
        .hasMessageContaining("'-- transactional: false'")
        .hasMessageContaining("Nothing was run");

    Files.delete(script);
    scripts.write(
        "b",
        "a",
        "-- transactional: false",
        "CREATE TABLE t_b (id INT);\nCREATE INDEX CONCURRENTLY ix_b ON t_b (id);",
        "DROP TABLE t_b;");
    assertThat(postgres.upgradeSql("base:heads")).contains("CREATE INDEX CONCURRENTLY ix_b");
  }
}
