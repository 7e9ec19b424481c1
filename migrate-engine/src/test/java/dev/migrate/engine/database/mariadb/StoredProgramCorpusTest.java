package dev.migrate.engine.database.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MySQL migrations as real projects write them, under {@code stored-programs/}: procedures and a
 * function with nested blocks, labels, cursors and handlers and no statement markers, triggers with
 * and without {@code BEGIN}, an event, MariaDB's anonymous {@code BEGIN NOT ATOMIC} block, a
 * trigger and a procedure pasted from mysqldump (version comments, {@code DELIMITER ;;}) and a
 * hand-written {@code DELIMITER $$} section in an upgrade and a {@code DELIMITER //} one in a
 * downgrade. They apply, downgrade and re-apply on MariaDB, online and as offline SQL through the
 * {@code mariadb} client, and the stored programs behave the same either way.
 */
class StoredProgramCorpusTest {
  private static final String PROGRAMS =
      "SELECT CONCAT_WS(' | ', ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION)"
          + " FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"
          + " UNION ALL SELECT CONCAT_WS(' | ', 'TRIGGER', TRIGGER_NAME, ACTION_STATEMENT)"
          + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
          + " UNION ALL SELECT CONCAT_WS(' | ', 'EVENT', EVENT_NAME, EVENT_DEFINITION)"
          + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"
          + " ORDER BY 1";
  private static final String TABLES =
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
          + " AND TABLE_NAME NOT IN ('migrate_version', 'migrate_history')";
  private static final String VERSIONS = "SELECT version_num FROM migrate_version";

  // One test, so that the online run is made once for both paths.
  @Test
  void appliesDowngradesAndReappliesOnlineAndThroughTheMariadbClient() {
    try (TestDatabase online = TestDatabase.mariadb();
        TestDatabase offline = TestDatabase.mariadb()) {
      Migrator migrator = Migrator.create(online.config().locations(location()).build());
      Migrator renderer =
          Migrator.create(MigrateConfig.builder().locations(location()).dialect("mariadb").build());
      String upgrade = renderer.upgradeSql("base:heads");

      migrator.upgrade("heads");
      List<String> programs = online.strings(PROGRAMS);
      assertThat(programs).hasSize(8);
      assertThat(online.strings(VERSIONS)).containsExactly("5704ed000006");
      offline.runScript(upgrade);
      assertThat(offline.strings(PROGRAMS)).isEqualTo(programs);
      assertThat(offline.strings(VERSIONS)).containsExactly("5704ed000006");

      migrator.downgrade("base");
      offline.runScript(renderer.downgradeSql("heads:base"));
      for (TestDatabase db : List.of(online, offline)) {
        assertThat(db.strings(PROGRAMS)).as(db.toString()).isEmpty();
        assertThat(db.strings(TABLES)).as(db.toString()).isEmpty();
        assertThat(db.strings(VERSIONS)).as(db.toString()).isEmpty();
      }

      migrator.upgrade("heads");
      offline.runScript(upgrade);
      for (TestDatabase db : List.of(online, offline)) {
        assertThat(db.strings(PROGRAMS)).as(db.toString()).isEqualTo(programs);
        assertProgramsWork(db);
      }
    }
  }

  /** Calls each program and checks what its body did: every block of it ran as written. */
  private static void assertProgramsWork(TestDatabase db) {
    assertThat(db.strings("SELECT CONCAT(owner, '=', balance) FROM accounts ORDER BY id"))
        .as("the anonymous block's WHILE seeded three accounts")
        .containsExactly("seed-1=100.00", "seed-2=200.00", "seed-3=300.00");
    try (Connection c = db.connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CALL transfer(3, 1, 50)");
      s.execute("INSERT INTO accounts (owner) VALUES ('')");
      try (CallableStatement total = c.prepareCall("CALL ledger_total(?, ?)")) {
        total.setInt(1, 1);
        total.registerOutParameter(2, Types.DECIMAL);
        total.execute();
        assertThat(total.getBigDecimal(2)).isEqualByComparingTo("50");
      }
      try (CallableStatement close = c.prepareCall("CALL close_empty_accounts(?)")) {
        close.registerOutParameter(1, Types.INTEGER);
        close.execute();
        assertThat(close.getInt(1)).as("the new, empty account").isEqualTo(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    assertThat(db.strings("SELECT CONCAT(owner, '=', balance, ' ', status) FROM accounts"))
        .containsExactly(
            "seed-1=150.00 open",
            "seed-2=200.00 open",
            "seed-3=250.00 open",
            "unknown=0.00 closed");
    assertThat(db.strings("SELECT message FROM audit_log"))
        .as("the ledger trigger's IF")
        .containsExactly("debit; 3 -50.00");
    assertThat(
            db.strings(
                "SELECT CONCAT_WS(',', account_grade(20000), account_grade(1500),"
                    + " account_grade(5), account_grade(-1))"))
        .containsExactly("gold,silver,bronze,overdrawn");
    db.execute("UPDATE accounts SET balance = 1 WHERE owner = 'unknown'");
    assertThat(db.strings("SELECT status FROM accounts WHERE owner = 'unknown'"))
        .as("the mysqldump trigger reopens a closed account whose balance changes")
        .containsExactly("open");
  }

  private static String location() {
    try {
      return "filesystem:"
          + Path.of(StoredProgramCorpusTest.class.getResource("/stored-programs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
