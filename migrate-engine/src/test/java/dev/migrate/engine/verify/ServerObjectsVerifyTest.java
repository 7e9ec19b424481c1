package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code verify} over revisions that create what outlives a scratch database (a server role or
 * user) and what a snapshot must hold besides tables (grants, table and column comments): a correct
 * chain passes twice in a row, each run dropping the roles it made; a downgrade that forgets a
 * comment, a grant or a role fails naming the revision and the object. Each test has its own
 * database and roles with names of their own, dropped at the end whatever happened.
 */
class ServerObjectsVerifyTest {

  @TempDir Path dir;

  private final String role = "mv_role_" + hex();
  private final String user = "mv_user_" + hex();
  private String database;
  private final List<String> lines = new ArrayList<>();

  @AfterEach
  void dropRoles() throws SQLException {
    if (database == null) {
      return;
    }
    try (Connection connection = TestServers.connectOrSkip(TestServers.server(database));
        Statement statement = connection.createStatement()) {
      if (database.equals("postgresql")) {
        statement.execute("DROP ROLE IF EXISTS " + role);
      } else {
        statement.execute("DROP ROLE IF EXISTS " + role);
        statement.execute("DROP USER IF EXISTS '" + user + "'@'localhost'");
        statement.execute("DROP USER IF EXISTS '" + user + "'@'%'");
      }
    }
  }

  /** The revisions: a table with comments, a role with a grant, a new comment, a column grant. */
  private Map<String, String[]> chain(String database) {
    Map<String, String[]> revisions = new LinkedHashMap<>();
    if (database.equals("postgresql")) {
      revisions.put(
          "a1 reports",
          new String[] {
            "CREATE TABLE reports (id INT PRIMARY KEY, body TEXT);\n"
                + "COMMENT ON TABLE reports IS 'monthly reports';\n"
                + "COMMENT ON COLUMN reports.body IS 'the text';",
            "DROP TABLE reports;"
          });
      revisions.put(
          "b2 reader role",
          new String[] {
            "CREATE ROLE " + role + ";\nGRANT SELECT ON reports TO " + role + ";",
            "REVOKE SELECT ON reports FROM " + role + ";\nDROP ROLE " + role + ";"
          });
      revisions.put(
          "c3 yearly",
          new String[] {
            "COMMENT ON TABLE reports IS 'yearly reports';",
            "COMMENT ON TABLE reports IS 'monthly reports';"
          });
      revisions.put(
          "d4 editors",
          new String[] {
            "GRANT UPDATE (body) ON reports TO " + role + ";",
            "REVOKE UPDATE (body) ON reports FROM " + role + ";"
          });
    } else {
      String account = "'" + user + "'@'localhost'";
      revisions.put(
          "a1 reports",
          new String[] {
            "CREATE TABLE reports (id INT PRIMARY KEY, body TEXT COMMENT 'the text')"
                + " COMMENT 'monthly reports';",
            "DROP TABLE reports;"
          });
      revisions.put(
          "b2 reader role",
          new String[] {
            "CREATE ROLE "
                + role
                + ";\nGRANT SELECT ON reports TO "
                + role
                + ";\nCREATE USER "
                + account
                + ";\nGRANT SELECT ON reports TO "
                + account
                + ";",
            "DROP USER " + account + ";\nDROP ROLE " + role + ";"
          });
      revisions.put(
          "c3 yearly",
          new String[] {
            "ALTER TABLE reports COMMENT = 'yearly reports';",
            "ALTER TABLE reports COMMENT = 'monthly reports';"
          });
      revisions.put(
          "d4 editors",
          new String[] {
            "GRANT UPDATE (body) ON reports TO " + role + ";",
            "REVOKE UPDATE (body) ON reports FROM " + role + ";"
          });
    }
    return revisions;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aChainThatCreatesARoleAGrantAndACommentPassesTwiceInARow(String database) throws Exception {
    this.database = database;
    write(chain(database));
    try (TestDatabase configured = TestDatabase.create(database)) {
      for (int run = 1; run <= 2; run++) {
        VerifyReport report = verify(configured);

        assertThat(report.failures()).as("run " + run).isEmpty();
        assertThat(report.checks())
            .contains(
                "staircase b2 reader role: ok",
                "staircase d4 editors: ok",
                "downgrade base: ok, nothing left but migrate's own tables",
                "upgrade heads: ok, 4 steps from base, same schema");
        assertThat(lines).contains("verify: dropped role " + role + ", which the run created");
        assertThat(report.checks())
            .filteredOn(c -> c.startsWith("compared: "))
            .singleElement()
            .asString()
            .contains("table and column comments", "grants on ")
            .endsWith("server roles and users the revisions create");
        assertThat(roleExists(database, role)).as("role after run " + run).isFalse();
        if (database.equals("mariadb")) {
          assertThat(lines)
              .contains("verify: dropped user '" + user + "'@'localhost', which the run created");
          assertThat(userExists(user)).isFalse();
        }
      }
      assertThat(configured.tableExists("reports")).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aDowngradeThatForgetsTheCommentIsNamed(String database) throws Exception {
    this.database = database;
    Map<String, String[]> chain = chain(database);
    chain.get("c3 yearly")[1] = "SELECT 1;";
    write(chain);
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured);

      assertThat(report.failures())
          .contains(
              "after downgrading c3 `yearly` ("
                  + dir.resolve(file("c3 yearly"))
                  + "), comment of table reports changed from monthly reports to yearly reports");
      assertThat(roleExists(database, role)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aDowngradeThatForgetsTheGrantIsNamed(String database) throws Exception {
    this.database = database;
    Map<String, String[]> chain = chain(database);
    chain.get("d4 editors")[1] = "SELECT 1;";
    write(chain);
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured);

      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("after downgrading d4 `editors` (")
          .endsWith("), grant UPDATE (body) on table reports to " + role + " is still there");
      assertThat(lines).contains("verify: dropped role " + role + ", which the run created");
      assertThat(roleExists(database, role)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aDowngradeThatForgetsTheRoleIsNamedAndTheRoleIsDroppedAfterwards(String database)
      throws Exception {
    this.database = database;
    Map<String, String[]> chain = chain(database);
    chain.get("b2 reader role")[1] =
        database.equals("postgresql")
            ? "REVOKE SELECT ON reports FROM " + role + ";"
            : "DROP USER '" + user + "'@'localhost';";
    write(chain);
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured);

      String prefix =
          "after downgrading b2 `reader role` (" + dir.resolve(file("b2 reader role")) + "), ";
      String roleLeft = "role " + role + ", created by its upgrade, is still there";
      // MariaDB keeps a grant to a role that still exists: it is named before the role, as schema
      // differences come first.
      String expected =
          database.equals("mariadb")
              ? prefix + "grant SELECT on table reports to " + role + " is still there; " + roleLeft
              : prefix + roleLeft;
      assertThat(report.failures()).containsExactly(expected);
      assertThat(lines).contains("verify: dropped role " + role + ", which the run created");
      assertThat(roleExists(database, role)).isFalse();

      // The role is gone, so the next run meets the same server and fails the same way.
      assertThat(verify(configured).failures()).containsExactly(expected);
    }
  }

  @Test
  void aRoleMadeByAnUpgradeThatFailsHalfWayIsDroppedToo() throws Exception {
    this.database = "mariadb";
    Map<String, String[]> chain = new LinkedHashMap<>();
    chain.put(
        "a1 half",
        new String[] {
          "CREATE ROLE " + role + ";\nCREATE TABLE nowhere.t (id INT);", "DROP ROLE " + role + ";"
        });
    write(chain);
    try (TestDatabase configured = TestDatabase.create("mariadb")) {
      VerifyReport report = verify(configured);

      assertThat(report.failures()).singleElement().asString().startsWith("upgrading a1 `half` (");
      assertThat(lines).contains("verify: dropped role " + role + ", which the run created");
      assertThat(roleExists("mariadb", role)).isFalse();
    }
  }

  @Test
  void onMariadbTheGrantsLeftOnTheScratchDatabaseToAnAccountThatWasThereAreRevoked()
      throws Exception {
    this.database = "mariadb";
    String account = "'" + user + "'@'localhost'";
    try (Connection connection = TestServers.connectOrSkip(TestServers.server("mariadb"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE USER " + account);
    }
    Map<String, String[]> chain = new LinkedHashMap<>();
    chain.put(
        "a1 reports",
        new String[] {
          "CREATE TABLE reports (id INT PRIMARY KEY, body TEXT);\n"
              + "GRANT SELECT, UPDATE (body) ON reports TO "
              + account
              + " WITH GRANT OPTION;",
          "REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + account + ";\nDROP TABLE reports;"
        });
    write(chain);
    try (TestDatabase configured = TestDatabase.create("mariadb")) {
      VerifyReport report = verify(configured);

      assertThat(report.failures()).isEmpty();
      // MariaDB keeps grants after DROP DATABASE; the run revoked those on its scratch database.
      assertThat(grantRows(user)).isZero();
      assertThat(userExists(user)).as("the account was there before: kept").isTrue();
    }
  }

  private static long grantRows(String user) throws SQLException {
    try (Connection connection = TestServers.connectOrSkip(TestServers.server("mariadb"));
        PreparedStatement ps =
            connection.prepareStatement(
                "select (select count(*) from mysql.tables_priv where user = ?)"
                    + " + (select count(*) from mysql.columns_priv where user = ?)"
                    + " + (select count(*) from mysql.db where user = ?)")) {
      for (int i = 1; i <= 3; i++) {
        ps.setString(i, user);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void onMariadbAUserWhoCannotListAccountsIsToldThatRolesAreNotCompared() throws Exception {
    this.database = "mariadb";
    String account = "'" + user + "'@'%'";
    String password = "pw_" + hex();
    try (Connection connection = TestServers.connectOrSkip(TestServers.server("mariadb"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE USER " + account + " IDENTIFIED BY '" + password + "'");
      statement.execute("GRANT CREATE, DROP ON *.* TO " + account);
      statement.execute("GRANT ALL PRIVILEGES ON `migrate\\_verify\\_%`.* TO " + account);
    }
    Map<String, String[]> chain = new LinkedHashMap<>();
    chain.put(
        "a1 reports",
        new String[] {"CREATE TABLE reports (id INT PRIMARY KEY);", "DROP TABLE reports;"});
    write(chain);
    try (TestDatabase configured = TestDatabase.create("mariadb")) {
      VerifyReport report =
          Migrator.create(
                  configured
                      .config()
                      .user(user)
                      .password(password)
                      .locations("filesystem:" + dir)
                      .build())
              .verify();

      assertThat(report.failures()).isEmpty();
      assertThat(report.checks())
          .filteredOn(c -> c.startsWith("compared: "))
          .singleElement()
          .asString()
          .contains("grants on tables and columns")
          .contains("not compared: server roles and users (the user cannot list them: ")
          .doesNotContain(password);
    }
  }

  @Test
  void onH2GrantsAndCommentsAreComparedAndNoServerRolesAreTracked() throws Exception {
    Map<String, String[]> chain = new LinkedHashMap<>();
    chain.put(
        "a1 reports",
        new String[] {
          "CREATE TABLE reports (id INT PRIMARY KEY, body VARCHAR(100));\n"
              + "COMMENT ON COLUMN reports.body IS 'the text';\n"
              + "CREATE ROLE readers;\nGRANT SELECT ON reports TO readers;",
          "DROP ROLE readers;\nDROP TABLE reports;"
        });
    chain.put(
        "b2 writers",
        new String[] {
          "GRANT INSERT ON reports TO readers;\nCOMMENT ON COLUMN reports.body IS 'the body';",
          "SELECT 1;"
        });
    write(chain);
    try (TestDatabase configured = TestDatabase.h2()) {
      VerifyReport report = verify(configured);

      assertThat(report.checks())
          .filteredOn(c -> c.startsWith("compared: "))
          .singleElement()
          .asString()
          .contains("table and column comments", "grants on schemas, tables and views")
          .doesNotContain("server roles");
      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("after downgrading b2 `writers` (")
          .endsWith(
              "), comment of column reports.body changed from the text to the body;"
                  + " grant INSERT on table reports to readers is still there");
    }
  }

  private VerifyReport verify(TestDatabase configured) {
    lines.clear();
    return Migrator.create(
            configured.config().locations("filesystem:" + dir).reporter(collecting()).build())
        .verify();
  }

  /** A reporter that keeps the info and warning lines in {@link #lines}. */
  private Reporter collecting() {
    return new Reporter() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add(message);
      }

      @Override
      public void debug(String message) {}
    };
  }

  /** Writes the revisions as a linear chain, ids and messages from each key ("a1 reports"). */
  private void write(Map<String, String[]> revisions) throws IOException {
    String parent = null;
    for (Map.Entry<String, String[]> revision : revisions.entrySet()) {
      String[] idMessage = revision.getKey().split(" ", 2);
      String id = idMessage[0];
      Files.writeString(
          dir.resolve(file(revision.getKey())),
          "-- revision: "
              + id
              + "\n"
              + (parent == null ? "" : "-- down_revision: " + parent + "\n")
              + "-- message: "
              + idMessage[1]
              + "\n\n-- migrate:upgrade\n"
              + revision.getValue()[0]
              + "\n\n-- migrate:downgrade\n"
              + revision.getValue()[1]
              + "\n");
      parent = id;
    }
  }

  private static String file(String key) {
    return key.replace(' ', '_') + ".sql";
  }

  private static boolean roleExists(String database, String name) throws SQLException {
    String sql =
        database.equals("postgresql")
            ? "select 1 from pg_roles where rolname = ?"
            : "select 1 from mysql.user where user = ?";
    try (Connection connection = TestServers.connectOrSkip(TestServers.server(database));
        PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static boolean userExists(String name) throws SQLException {
    return roleExists("mariadb", name);
  }

  private static String hex() {
    byte[] bytes = new byte[5];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
