package dev.migrate.engine.database.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.migration.AlterColumn;
import dev.migrate.engine.migration.ColumnType;
import dev.migrate.engine.migration.StatementOperations;
import dev.migrate.engine.script.MigrationContext;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.testing.DatabaseClients;
import dev.migrate.engine.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SQLite's batch "move and copy" through the facade: a SQL script builds tables with rows, an
 * index, a trigger, a check, a view and rows of another table that refer to them; a Java migration
 * then changes a column's type and nullability, drops a unique constraint, adds a foreign key,
 * renames and drops a column and sets a default. Online and offline (applied with the sqlite3
 * shell) give the same schema.
 */
class TableRecreationTest {
  private static final String LOCATIONS =
      "classpath:dev/migrate/engine/database/sqlite/scripts,"
          + "classpath:dev/migrate/engine/database/sqlite/fixtures";

  @Test
  void recreationKeepsRowsIndexesTriggersAndTheRowsThatReferToTheTable() {
    try (TestDatabase db = TestDatabase.create("sqlite")) {
      // Enforcement on in the URL: the run turns it off, so dropping the old table cascades
      // nowhere.
      Migrator migrator = Migrator.create(config(db.config().url(db.url() + "?foreign_keys=true")));
      assertThat(migrator.upgrade("heads").steps()).hasSize(2);

      assertThat(db.strings("SELECT email || '|' || full_name FROM account ORDER BY id"))
          .containsExactly("a@example.com|Ann", "b@example.com|Bob");
      assertThat(db.number("SELECT COUNT(*) FROM membership")).isEqualTo(2);
      assertThat(
              db.strings(
                  "SELECT type || ' ' || \"notnull\" FROM pragma_table_info('account')"
                      + " WHERE name = 'email'"))
          .containsExactly("VARCHAR(200) 1");
      assertThat(db.strings("SELECT name FROM pragma_table_info('account')"))
          .containsExactly("id", "email", "full_name", "team_id");
      assertThat(
              db.strings(
                  "SELECT dflt_value FROM pragma_table_info('account')"
                      + " WHERE name = 'team_id'"))
          .containsExactly("1");
      assertThat(
              db.strings(
                  "SELECT name FROM sqlite_master WHERE tbl_name = 'account'"
                      + " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"))
          .containsExactly("ix_account_team", "tr_account_email");
      assertThat(
              db.strings(
                  "SELECT \"table\" || '.' || \"to\" || ' ' || on_delete"
                      + " FROM pragma_foreign_key_list('account')"))
          .containsExactly("team.id CASCADE");
      assertThat(db.strings("SELECT sql FROM sqlite_master WHERE name = 'account'").get(0))
          .contains("AUTOINCREMENT", "CONSTRAINT \"ck_account_email\" CHECK (email LIKE '%@%')")
          .doesNotContain("uq_account_name", "_migrate_new_");
      assertThat(db.number("SELECT COUNT(*) FROM pragma_foreign_key_check")).isZero();
      assertThat(db.strings("SELECT email FROM v_account ORDER BY id")).hasSize(2);
      // The recreated trigger still fires.
      db.execute("UPDATE account SET email = 'ann@example.com' WHERE id = 1");
      assertThat(db.strings("SELECT what FROM audit")).containsExactly("email; ann@example.com");

      migrator.downgrade("5a5a5a5a5a01");
      assertThat(db.strings("SELECT name FROM pragma_table_info('account')"))
          .containsExactly("id", "email", "name", "team_id", "legacy");
      assertThat(db.strings("SELECT name FROM account ORDER BY id")).containsExactly("Ann", "Bob");
      assertThat(db.number("SELECT COUNT(*) FROM membership")).isEqualTo(2);
      migrator.downgrade("base");
      assertThat(db.tableExists("account")).isFalse();
    }
  }

  @Test
  void offlineScriptRecreatesTablesThatEarlierRevisionsOfTheSameRenderingCreate() {
    try (TestDatabase online = TestDatabase.create("sqlite");
        TestDatabase offline = TestDatabase.create("sqlite")) {
      Migrator.create(config(online.config())).upgrade("heads");
      String sql =
          Migrator.create(config(MigrateConfig.builder().dialect("sqlite"))).upgradeSql("heads");
      assertThat(sql).startsWith("PRAGMA foreign_keys = OFF;").contains("BEGIN;", "COMMIT;");

      offline.runScript(sql);

      assertThat(DatabaseClients.schemaDump(offline)).isEqualTo(DatabaseClients.schemaDump(online));
      assertThat(offline.strings("SELECT version_num FROM migrate_version"))
          .containsExactly("5a5a5a5a5a02");
      assertThat(offline.strings("SELECT full_name FROM account ORDER BY id"))
          .containsExactly("Ann", "Bob");
    }
  }

  @Test
  void offlineRangesThatStartAfterBaseKnowTheTablesThatEarlierRevisionsCreate() {
    try (TestDatabase db = TestDatabase.create("sqlite")) {
      Migrator migrator = Migrator.create(config(db.config()));
      migrator.upgrade("5a5a5a5a5a01");
      Migrator offline = Migrator.create(config(MigrateConfig.builder().dialect("sqlite")));

      db.runScript(offline.upgradeSql("5a5a5a5a5a01:5a5a5a5a5a02"));
      assertThat(db.strings("SELECT full_name FROM account ORDER BY id"))
          .containsExactly("Ann", "Bob");
      db.runScript(offline.downgradeSql("5a5a5a5a5a02:5a5a5a5a5a01"));
      assertThat(db.strings("SELECT name FROM account ORDER BY id")).containsExactly("Ann", "Bob");
      assertThat(db.strings("SELECT version_num FROM migrate_version"))
          .containsExactly("5a5a5a5a5a01");
    }
  }

  @Test
  void aTableThatNoScriptCreatesCannotBeRecreatedOffline() {
    List<Statement> rendered = new ArrayList<>();
    MigrationContext offline =
        new MigrationContext(
            Databases.forName("sqlite"), rendered::add, Optional.empty(), Optional.empty());
    StatementOperations op =
        new StatementOperations(
            offline.dialect(), offline.sink(), offline.connection(), offline.schema(), "t", true);
    assertThatThrownBy(
            () ->
                op.alterColumn(AlterColumn.of("legacy_table", "code").type(ColumnType.varchar(20))))
        .isInstanceOf(MigrateException.class)
        .hasMessage(
            "alterColumn legacy_table.code: SQLite has no ALTER for this, so the table is"
                + " recreated, which needs the table's definition, but its definition cannot be"
                + " read here");
    assertThat(rendered).isEmpty();
  }

  private MigrateConfig config(MigrateConfig.Builder builder) {
    return builder.locations(LOCATIONS.split(",")).classLoader(getClass().getClassLoader()).build();
  }
}
