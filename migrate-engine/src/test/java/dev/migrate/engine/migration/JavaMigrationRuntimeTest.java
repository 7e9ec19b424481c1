package dev.migrate.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.runtime.MigrationRuntime;
import dev.migrate.engine.script.JavaMigrationSource;
import dev.migrate.engine.script.Location;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.testing.DatabaseClients;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The every-operation Java migration through the real runtime: online on each database, and its
 * offline rendering applied by the database's own client (psql, mariadb, H2 RunScript) ends in the
 * same schema, version row and data.
 */
class JavaMigrationRuntimeTest {
  private static final String FIXTURES = "classpath:dev/migrate/engine/migration/fixtures";
  private static final String CUSTOMERS =
      "SELECT CONCAT_WS('|', id, email, name, display_name, active, note) FROM customer ORDER BY id";

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void onlineAndOfflineGiveTheSameSchema(String database) throws Exception {
    Migration migration =
        new JavaMigrationSource()
            .load(Location.parse(FIXTURES, null), getClass().getClassLoader())
            .get(0);
    String id = migration.revision().id();
    Map<String, Migration> byId = Map.of(id, migration);
    Plan up =
        new Plan(
            List.of(
                new Step(
                    Direction.UPGRADE,
                    migration.revision(),
                    List.of(),
                    List.of(id),
                    List.of(new RowChange.Insert(id)))),
            List.of(),
            List.of(id));
    Plan down =
        new Plan(
            List.of(
                new Step(
                    Direction.DOWNGRADE,
                    migration.revision(),
                    List.of(id),
                    List.of(),
                    List.of(new RowChange.Delete(id)))),
            List.of(id),
            List.of());

    try (TestDatabase online = TestDatabase.create(database);
        TestDatabase offline = TestDatabase.create(database)) {
      MigrationRuntime runtime = new MigrationRuntime(online.config().build());
      runtime.run("upgrade", byId, MigrationRuntime.Mode.RUN, rows -> up);
      assertThat(online.strings("SELECT version_num FROM migrate_version")).containsExactly(id);
      assertThat(online.strings(CUSTOMERS)).hasSize(2);

      String sql = runtime.render(up, Databases.forName(offline.dialectName()), byId, true);
      offline.runScript(sql);
      assertThat(schema(offline)).isEqualTo(schema(online)).contains("customer");
      assertThat(offline.strings(CUSTOMERS)).isEqualTo(online.strings(CUSTOMERS));
      assertThat(offline.strings("SELECT version_num FROM migrate_version")).containsExactly(id);

      runtime.run("downgrade", byId, MigrationRuntime.Mode.RUN, rows -> down);
      offline.runScript(
          runtime.render(down, Databases.forName(offline.dialectName()), byId, false));
      for (TestDatabase db : List.of(online, offline)) {
        assertThat(db.tableExists("customer")).isFalse();
        assertThat(db.tableExists("purchase")).isFalse();
        assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      }
    }
  }

  /** The schema as the database describes it, without anything that differs per database name. */
  private String schema(TestDatabase db) throws Exception {
    return db.is("h2") ? h2Schema(db) : DatabaseClients.schemaDump(db);
  }

  private static String h2Schema(TestDatabase db) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
                        + " NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT,"
                        + " IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        lines.add(String.join(" ", row));
      }
    }
    try (Connection c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, k.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k"
                        + " ON i.INDEX_SCHEMA = k.INDEX_SCHEMA AND i.INDEX_NAME = k.INDEX_NAME"
                        + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_NAME NOT LIKE 'PRIMARY_KEY%'"
                        + " AND i.INDEX_NAME NOT LIKE 'CONSTRAINT%'"
                        + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, k.ORDINAL_POSITION")) {
      while (rs.next()) {
        lines.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4));
      }
    }
    try (Connection c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND CONSTRAINT_NAME NOT LIKE 'CONSTRAINT%'"
                        + " ORDER BY TABLE_NAME, CONSTRAINT_NAME")) {
      while (rs.next()) {
        lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
    }
    // Online runs add H2's lock table; H2 numbers the indexes it makes for constraints.
    return lines.stream()
        .filter(l -> !l.startsWith("MIGRATE_VERSION_LOCK "))
        .map(l -> l.replaceAll("_INDEX_\\d+", "_INDEX"))
        .collect(Collectors.joining("\n"))
        .toLowerCase(java.util.Locale.ROOT);
  }
}
