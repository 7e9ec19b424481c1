package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.api.Status;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** check, validate and status; taking over a database that Python Alembic managed. */
class MigratorChecksTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void checkFailsWhenBehindAndWhenAnAppliedScriptChanged(String database) throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    Path b = scripts.table("b", "a", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());

      migrator.upgrade("a");
      Status behind = migrator.status();
      assertThat(behind.upToDate()).isFalse();
      assertThat(behind.currentHeads()).containsExactly("a");
      assertThat(behind.scriptHeads()).containsExactly("b");
      assertThat(behind.pending()).containsExactly("b");
      assertThat(migrator.check().problems())
          .singleElement()
          .asString()
          .contains("not at the script heads", "pending [b]");

      migrator.upgrade(null);
      assertThat(migrator.check().ok()).isTrue();
      assertThat(migrator.validate().ok()).isTrue();

      Files.writeString(
          b, Files.readString(b).replace("id INT PRIMARY KEY", "id BIGINT PRIMARY KEY"));
      assertThat(migrator.validate().problems())
          .singleElement()
          .asString()
          .contains("Revision b", b.getFileName().toString(), "changed after it was applied");
      assertThat(migrator.check().problems())
          .singleElement()
          .asString()
          .contains("Revision b", b.getFileName().toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void takesOverAnAlembicVersionTable(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("1975ea83b712", null, null);
    scripts.table("ae1027a6acf", "1975ea83b712", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      // Alembic's exact DDL and rows, as its first upgrade leaves them.
      db.execute(
          "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
              + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
          "CREATE TABLE t_1975ea83b712 (id INT PRIMARY KEY)",
          "INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712')");
      Migrator migrator =
          Migrator.create(
              db.config().locations(scripts.location()).versionTable("alembic_version").build());

      assertThat(migrator.current()).extracting(RevisionEntry::id).containsExactly("1975ea83b712");
      assertThat(migrator.upgrade("heads").steps()).hasSize(1);
      assertThat(db.strings("SELECT version_num FROM alembic_version"))
          .containsExactly("ae1027a6acf");
      assertThat(db.tableExists("t_ae1027a6acf")).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "h2"})
  void versionAndHistoryTablesLiveInTheConfiguredSchema(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    try (TestDatabase db = TestDatabase.create(database)) {
      db.execute("CREATE SCHEMA migrate_state");
      Migrator migrator =
          Migrator.create(
              db.config()
                  .locations(scripts.location())
                  .schema("migrate_state")
                  .versionTable("schema_version")
                  .build());
      migrator.upgrade("heads");
      assertThat(db.strings("SELECT version_num FROM migrate_state.schema_version"))
          .containsExactly("a");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_state.migrate_history")).isEqualTo(1);
      assertThat(migrator.current()).extracting(RevisionEntry::id).containsExactly("a");
      assertThat(migrator.check().ok()).isTrue();
    }
  }

  @Test
  void statusOfAnEmptyH2DatabaseListsEverythingPending() {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    try (TestDatabase db = TestDatabase.h2()) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      Status status = migrator.status();
      assertThat(status.currentHeads()).isEmpty();
      assertThat(status.pending()).hasSize(6).startsWith("a", "b");
      assertThat(db.tableExists("migrate_version")).isFalse();
      assertThat(Migrator.migrateToHeads(db.dataSource(), scripts.location()).steps()).hasSize(6);
      assertThat(migrator.status().upToDate()).isTrue();
    }
  }

  static List<String> ids(List<RevisionEntry> entries) {
    return entries.stream().map(RevisionEntry::id).toList();
  }
}
