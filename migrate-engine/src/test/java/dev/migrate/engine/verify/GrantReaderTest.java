package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Grant;
import dev.migrate.engine.testing.TestServers;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The schema readers fill the typed model's grants: privileges given to others, by object, column
 * and grantee, with their grant option; never the owner's own, never those on migrate's tables.
 * Each test makes a role of its own and drops it at the end, whatever happened.
 */
class GrantReaderTest {
  private final String role = "mv_grants_" + HexFormat.of().formatHex(randomBytes());

  @Test
  void postgresReadsGrantsOnTablesViewsSequencesSchemasAndColumns() throws SQLException {
    try {
      DatabaseSchema schema =
          snapshotAfter(
              Servers::postgres,
              List.of(
                  "CREATE ROLE " + role,
                  "CREATE TABLE migrate_version (version_num VARCHAR(32) PRIMARY KEY)",
                  "CREATE TABLE reports (id INT PRIMARY KEY, body TEXT)",
                  "CREATE VIEW report_ids AS SELECT id FROM reports",
                  "CREATE SEQUENCE report_numbers",
                  "CREATE SCHEMA archive",
                  "GRANT SELECT ON migrate_version TO " + role,
                  "GRANT SELECT, INSERT ON reports TO " + role + " WITH GRANT OPTION",
                  "GRANT UPDATE (body) ON reports TO " + role,
                  "GRANT SELECT ON report_ids TO " + role,
                  "GRANT USAGE ON report_numbers TO PUBLIC",
                  "GRANT USAGE ON SCHEMA archive TO " + role),
              "DROP OWNED BY " + role);

      assertThat(schema.grants().values().stream().filter(g -> g.grantee().equals(role)))
          .containsExactlyInAnyOrder(
              new Grant("table", "reports", null, role, "SELECT", true),
              new Grant("table", "reports", null, role, "INSERT", true),
              new Grant("table", "reports", "body", role, "UPDATE", false),
              new Grant("view", "report_ids", null, role, "SELECT", false),
              new Grant("schema", "archive", null, role, "USAGE", false));
      assertThat(schema.grants())
          .containsKey("USAGE on sequence report_numbers to PUBLIC")
          .doesNotContainKey("SELECT on table migrate_version to " + role);
      assertThat(schema.grants().values())
          .as("the owner's own privileges are not grants")
          .noneMatch(g -> g.grantee().equals("postgres"));
    } finally {
      execute("postgresql", "DROP ROLE IF EXISTS " + role);
    }
  }

  @Test
  void mariadbReadsGrantsOnTablesAndColumnsToRolesAndUsers() throws SQLException {
    String account = "'" + role + "'@'localhost'";
    try {
      DatabaseSchema schema =
          snapshotAfter(
              Servers::mariadb,
              List.of(
                  "CREATE ROLE " + role,
                  "CREATE USER " + account,
                  "CREATE TABLE reports (id INT PRIMARY KEY, body TEXT)",
                  "GRANT SELECT ON reports TO " + role + " WITH GRANT OPTION",
                  "GRANT UPDATE (body) ON reports TO " + account),
              null);

      assertThat(schema.grants().values())
          .containsExactlyInAnyOrder(
              new Grant("table", "reports", null, role, "SELECT", true),
              new Grant("table", "reports", "body", account, "UPDATE", false));
    } finally {
      execute("mariadb", "DROP ROLE IF EXISTS " + role);
      execute("mariadb", "DROP USER IF EXISTS " + account);
    }
  }

  /** The schema after the statements; {@code release} runs in the database before it is dropped. */
  private static DatabaseSchema snapshotAfter(
      Supplier<ScratchDatabase> server, List<String> statements, String release) {
    try (ScratchDatabase db = server.get()) {
      try {
        Servers.execute(db, statements);
        return SnapshotReaderTest.read(db);
      } finally {
        if (release != null) {
          Servers.execute(db, List.of(release));
        }
      }
    }
  }

  private static void execute(String database, String sql) throws SQLException {
    try (Connection connection = TestServers.connectOrSkip(TestServers.server(database));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[5];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
