package dev.migrate.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.migration.fixtures.EveryOperationMigration;
import dev.migrate.engine.script.JavaMigrationSource;
import dev.migrate.engine.script.Location;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationContext;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import dev.migrate.engine.testing.DatabaseClients;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The every-operation Java migration on real databases, online and (PostgreSQL) offline. */
class EveryOperationDatabaseTest {
  private static final String FIXTURES = "classpath:dev/migrate/engine/migration/fixtures";

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void upgradeBuildsTheSchemaAndDowngradeRemovesIt(String database) throws Exception {
    Migration migration = fixture();
    try (TestDatabase db = TestDatabase.create(database);
        Connection c = db.connect()) {
      migration.upgrade(online(db, c));

      assertThat(tables(db, c)).containsExactlyInAnyOrder("customer", "purchase");
      assertThat(columns(db, c, "customer"))
          .containsExactlyInAnyOrder(
              "id", "email", "name", "active", "note", "created_at", "display_name");
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs =
          meta.getColumns(c.getCatalog(), null, fold(db, "customer"), fold(db, "name"))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt("COLUMN_SIZE")).isEqualTo(200);
        assertThat(rs.getString("IS_NULLABLE")).isEqualTo("NO");
      }
      assertThat(uniqueIndexes(db, c, "customer")).contains("ix_customer_email");
      assertThat(indexes(db, c, "purchase")).contains("ix_orders_placed");
      try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), null, fold(db, "purchase"))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("FK_NAME")).isEqualToIgnoringCase("fk_orders_customer");
        assertThat(rs.getString("PKTABLE_NAME")).isEqualToIgnoringCase("customer");
        assertThat(rs.getInt("DELETE_RULE")).isEqualTo(DatabaseMetaData.importedKeyCascade);
      }
      // SQLite keeps a boolean as 1 or 0, and a decimal without a fraction as an integer.
      boolean sqlite = db.is("sqlite");
      assertThat(customers(c))
          .containsExactly(
              "1|a@example.com|"
                  + EveryOperationMigration.TRICKY
                  + "|null|"
                  + (sqlite ? "1" : "true")
                  + "|it's a \\ default",
              "2|b@example.com|Bea|bee|" + (sqlite ? "0" : "false") + "|it's a \\ default");
      assertThat(query(c, "SELECT id, customer_id, total, placed_on FROM purchase ORDER BY id"))
          .containsExactly("1|1|19.99|2025-09-16", "2|2|" + (sqlite ? "5" : "5.00") + "|null");

      migration.downgrade(online(db, c));
      assertThat(tables(db, c)).isEmpty();
    }
  }

  @Test
  void offlineRenderingAppliedWithPsqlGivesTheOnlineSchema() throws Exception {
    Migration migration = fixture();
    try (TestDatabase online = TestDatabase.postgres();
        TestDatabase offline = TestDatabase.postgres()) {
      try (Connection c = online.connect()) {
        migration.upgrade(online(online, c));
      }
      List<Statement> rendered = new ArrayList<>();
      migration.upgrade(
          new MigrationContext(Databases.forName("postgresql"), rendered::add, Optional.empty()));
      offline.runScript(
          rendered.stream().map(s -> s.sql() + ";\n").collect(Collectors.joining("\n")));

      assertThat(DatabaseClients.schemaDump(offline)).isEqualTo(DatabaseClients.schemaDump(online));
      try (Connection a = online.connect();
          Connection b = offline.connect()) {
        assertThat(customers(b)).isEqualTo(customers(a)).hasSize(2);
      }
    }
  }

  private static Migration fixture() {
    List<Migration> found =
        new JavaMigrationSource()
            .load(
                Location.parse(FIXTURES, null), EveryOperationDatabaseTest.class.getClassLoader());
    return found.stream()
        .filter(m -> m.revision().id().equals("e0e0e0e0e0e0"))
        .findFirst()
        .orElseThrow();
  }

  private static MigrationContext online(TestDatabase db, Connection c) {
    StatementSink sink =
        statement -> {
          try (java.sql.Statement s = c.createStatement()) {
            s.execute(statement.sql());
          } catch (SQLException e) {
            throw new IllegalStateException(statement.sql() + "\n" + e.getMessage(), e);
          }
        };
    Dialect dialect = Databases.detect(c);
    assertThat(dialect.name()).isEqualTo(db.dialectName());
    return new MigrationContext(dialect, sink, Optional.of(c));
  }

  private static List<String> tables(TestDatabase db, Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getTables(c.getCatalog(), schema(db), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase());
      }
    }
    return names;
  }

  /** The name as the database stores an unquoted one, for metadata look-ups. */
  private static String fold(TestDatabase db, String name) {
    return switch (db.dialectName()) {
      case "postgresql" -> name.toLowerCase(java.util.Locale.ROOT);
      case "h2" -> name.toUpperCase(java.util.Locale.ROOT);
      case "mariadb", "sqlite" -> name;
      default -> throw new IllegalArgumentException(db.dialectName());
    };
  }

  private static String schema(TestDatabase db) {
    return switch (db.dialectName()) {
      case "postgresql" -> "public";
      case "h2" -> "PUBLIC";
      default -> null;
    };
  }

  private static List<String> columns(TestDatabase db, Connection c, String table)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getColumns(c.getCatalog(), schema(db), fold(db, table), "%")) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME").toLowerCase());
      }
    }
    return names;
  }

  private static List<String> indexes(TestDatabase db, Connection c, String table)
      throws SQLException {
    return indexNames(db, c, table, false);
  }

  private static List<String> uniqueIndexes(TestDatabase db, Connection c, String table)
      throws SQLException {
    return indexNames(db, c, table, true);
  }

  private static List<String> indexNames(
      TestDatabase db, Connection c, String table, boolean unique) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getIndexInfo(c.getCatalog(), schema(db), fold(db, table), unique, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") != null) {
          names.add(rs.getString("INDEX_NAME").toLowerCase());
        }
      }
    }
    return names;
  }

  private static List<String> customers(Connection c) throws SQLException {
    return query(c, "SELECT id, email, name, display_name, active, note FROM customer ORDER BY id");
  }

  private static List<String> query(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (java.sql.Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          values.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
