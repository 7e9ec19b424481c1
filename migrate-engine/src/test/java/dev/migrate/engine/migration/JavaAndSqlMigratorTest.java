package dev.migrate.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Through the facade: Java migrations and SQL scripts in one graph, and the authoring flow. */
class JavaAndSqlMigratorTest {
  private static final String FIXTURES = "classpath:dev/migrate/engine/migration/fixtures";

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aScriptOnTopOfAJavaMigrationUpgradesAndDowngrades(String database) throws Exception {
    Path sql = Files.createDirectories(dir.resolve("sql"));
    Files.writeString(
        sql.resolve("20250101_0000-5c5c5c5c5c5c_add_vip.sql"),
        """
        -- revision: 5c5c5c5c5c5c
        -- down_revision: e0e0e0e0e0e0
        -- message: add vip

        -- migrate:upgrade
        INSERT INTO customer (email, name) VALUES ('vip@example.com', 'Vip');

        -- migrate:downgrade
        DELETE FROM customer WHERE email = 'vip@example.com';
        """);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator m =
          Migrator.create(
              db.config()
                  .locations(FIXTURES, "filesystem:" + sql)
                  .classLoader(getClass().getClassLoader())
                  .build());

      assertThat(m.heads()).extracting(RevisionEntry::id).containsExactly("5c5c5c5c5c5c");
      assertThat(m.upgrade("heads").steps()).hasSize(2);
      assertThat(db.number("SELECT COUNT(*) FROM customer")).isEqualTo(3);
      assertThat(m.current()).extracting(RevisionEntry::id).containsExactly("5c5c5c5c5c5c");
      assertThat(m.history(":", false))
          .extracting(RevisionEntry::source)
          .last()
          .isEqualTo("dev.migrate.engine.migration.fixtures.EveryOperationMigration");

      m.downgrade("base");
      assertThat(db.tableExists("customer")).isFalse();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
    }
  }

  @Test
  void aThrowingMigrationFailsItsStepNamingClassAndLineAndRollsBack() {
    // PostgreSQL: its DDL takes part in the transaction (H2's CREATE TABLE commits by itself).
    try (TestDatabase db = TestDatabase.postgres()) {
      Migrator m =
          Migrator.create(
              db.config()
                  .locations("classpath:dev/migrate/engine/migration/failing")
                  .classLoader(getClass().getClassLoader())
                  .build());
      assertThatThrownBy(() -> m.upgrade("heads"))
          .isInstanceOf(MigrateException.class)
          .hasMessageContaining("Upgrade of revision f00f00f00f00")
          .hasMessageContaining("IllegalStateException: no default tenant")
          .hasMessageContaining("ThrowingMigration.upgrade(ThrowingMigration.java:15)");
      assertThat(db.tableExists("half_done")).isFalse();
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
    }
  }

  @Test
  void offlineRenderingNeedsNoDatabaseAndReadsNoConnection() {
    Migrator m =
        Migrator.create(
            dev.migrate.engine.api.MigrateConfig.builder()
                .dialect("mariadb")
                .locations(FIXTURES)
                .classLoader(getClass().getClassLoader())
                .build());
    String sql = m.upgradeSql("base:e0e0e0e0e0e0");
    assertThat(sql)
        .contains("CREATE TABLE `customer`")
        .contains("ALTER TABLE `customer` CHANGE COLUMN `nickname` `display_name` VARCHAR(30)")
        .contains("DROP INDEX `ix_scratch_id` ON `scratch`")
        .contains("INSERT INTO `customer` (`email`, `name`, `display_name`) VALUES")
        .contains("e0e0e0e0e0e0");
  }

  @Test
  void revisionRevisionBranchMergeThenUpgradeHeadsLeavesOneHead() throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      Migrator m =
          Migrator.create(db.config().locations("filesystem:" + dir.resolve("db")).build());
      Path first = m.revision(RevisionRequest.of("add users"));
      Files.writeString(
          first,
          Files.readString(first)
              .replace(
                  "-- migrate:upgrade\n",
                  "-- migrate:upgrade\nCREATE TABLE users (id INT PRIMARY KEY);\n")
              .replace("-- migrate:downgrade\n", "-- migrate:downgrade\nDROP TABLE users;\n"));
      m.revision(RevisionRequest.of("add users"));
      m.revision(new RevisionRequest("audit", "base", false, "audit", List.of(), null, null));
      m.merge(List.of(), "merge", null, null);

      assertThat(m.upgrade("heads").steps()).hasSize(4);
      assertThat(m.heads()).hasSize(1);
      assertThat(db.strings("SELECT version_num FROM migrate_version"))
          .containsExactlyElementsOf(m.heads().stream().map(RevisionEntry::id).toList());
      assertThat(db.tableExists("users")).isTrue();
    }
  }
}
