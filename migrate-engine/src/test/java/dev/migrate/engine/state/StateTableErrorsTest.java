package dev.migrate.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.StateTableException;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate's tables that cannot be made or read say which table, which setting and what is needed,
 * instead of the database's bare "ERROR: ... Position: 28".
 */
class StateTableErrorsTest {
  @TempDir Path dir;

  private MigrateConfig.Builder config(TestDatabase db) throws Exception {
    Path scripts = Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        scripts.resolve("a.sql"),
        "-- revision: a1\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n"
            + "-- migrate:downgrade\nDROP TABLE t;\n");
    return db.config().locations("filesystem:" + scripts);
  }

  @Test
  void aForeignTableOfTheVersionTablesNameIsNamedWithItsSetting() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      db.execute("CREATE TABLE migrate_version (id INT, name TEXT)");
      Migrator migrator = Migrator.create(config(db).build());
      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(StateTableException.class)
          .hasMessage(
              "The table \"migrate_version\" exists but is not migrate's: column \"version_num\""
                  + " does not exist. Point versionTable at another name, or rename that table.");
      assertThatThrownBy(migrator::current).isInstanceOf(StateTableException.class);
      assertThat(db.tableExists("t")).isFalse();
    }
  }

  @Test
  void aMissingSchemaOrAMissingPrivilegeNamesTheTableTheSchemaAndThePrivilege() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      assertThatThrownBy(
              () -> Migrator.create(config(db).schema("nosuch").build()).upgrade("heads"))
          .isInstanceOf(StateTableException.class)
          .hasMessageStartingWith(
              "Could not create migrate's table \"nosuch\".\"migrate_version\": schema \"nosuch\""
                  + " does not exist. The schema setting (nosuch) must name a schema that exists")
          .hasMessageContaining("CREATE on the schema")
          .hasMessageNotContaining("Position");

      String role = db.name() + "_ro";
      db.execute("CREATE ROLE " + role + " LOGIN", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      try {
        assertThatThrownBy(
                () ->
                    Migrator.create(config(db).user(role).password(null).build()).upgrade("heads"))
            .isInstanceOf(StateTableException.class)
            .hasMessageStartingWith(
                "Could not create migrate's table \"migrate_version\": permission denied for schema"
                    + " public. The schema setting (unset: the connection's default schema)");
      } finally {
        db.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
      }
      assertThat(db.tableExists("migrate_version")).isFalse();
    }
  }
}
