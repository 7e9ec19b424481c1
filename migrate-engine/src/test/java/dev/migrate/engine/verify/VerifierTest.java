package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.common.Reporter;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierTest {

  private static final List<String> DROP_INDEX = List.of("DROP INDEX ix_users_name");
  private static final List<String> DROP_EMAIL = List.of("ALTER TABLE users DROP COLUMN email");

  private static ScriptedDriver fourRevisions(
      ScratchDatabase db, List<String> indexDowngrade, List<String> emailDowngrade) {
    return new ScriptedDriver(db)
        .revision(
            "a1",
            null,
            "create users",
            List.of("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50))"),
            List.of("DROP TABLE users"))
        .revision(
            "b2",
            "a1",
            "index names",
            List.of("CREATE INDEX ix_users_name ON users (name)"),
            indexDowngrade)
        .revision(
            "c3",
            "b2",
            "add email",
            List.of("ALTER TABLE users ADD COLUMN email VARCHAR(200) DEFAULT 'none'"),
            emailDowngrade)
        .revision(
            "d4",
            "c3",
            "create orders",
            List.of("CREATE TABLE orders (id INT PRIMARY KEY, user_id INT REFERENCES users (id))"),
            List.of("DROP TABLE orders"));
  }

  @Test
  void correctScriptsPassEveryCheck() {
    try (ScratchDatabase db = Servers.h2()) {
      VerifyReport report = verify(fourRevisions(db, DROP_INDEX, DROP_EMAIL));

      assertThat(report.failures()).isEmpty();
      assertThat(report.checks())
          .contains(
              "one head: d4",
              "staircase a1 create users: ok",
              "staircase b2 index names: ok",
              "staircase c3 add email: ok",
              "staircase d4 create orders: ok",
              "downgrade base: ok, nothing left but migrate's own tables",
              "upgrade heads: ok, 4 steps from base, same schema");
    }
  }

  @Test
  void aDowngradeThatForgetsAnIndexFailsNamingRevisionFileAndIndex() {
    try (ScratchDatabase db = Servers.h2()) {
      VerifyReport report = verify(fourRevisions(db, List.of(), DROP_EMAIL));

      assertThat(report.passed()).isFalse();
      assertThat(report.failures())
          .containsExactly(
              "after downgrading b2 `index names` (db/migrations/b2_index_names.sql),"
                  + " index ix_users_name on users is still there");
    }
  }

  @Test
  void aDowngradeThatLeavesAColumnOnPostgresNamesTheColumn() {
    try (ScratchDatabase db = Servers.postgres()) {
      VerifyReport report = verify(fourRevisions(db, DROP_INDEX, List.of()));

      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("after downgrading c3 `add email`")
          .endsWith("column users.email is still there");
    }
  }

  @Test
  void aDowngradeThatErrorsFailsWithTheDatabaseMessage() {
    try (ScratchDatabase db = Servers.postgres()) {
      VerifyReport report =
          verify(fourRevisions(db, List.of("DROP INDEX ix_no_such_index"), DROP_EMAIL));

      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("downgrading b2 `index names` (db/migrations/b2_index_names.sql) failed: ")
          .contains("ix_no_such_index")
          .contains("does not exist");
    }
  }

  @Test
  void twoHeadsFailNamingBoth() {
    try (ScratchDatabase db = Servers.h2()) {
      ScriptedDriver driver =
          fourRevisions(db, DROP_INDEX, DROP_EMAIL)
              .revision(
                  "e5",
                  "c3",
                  "create invoices",
                  List.of("CREATE TABLE invoices (id INT PRIMARY KEY)"),
                  List.of("DROP TABLE invoices"));

      VerifyReport report = verify(driver);

      assertThat(report.failures())
          .singleElement()
          .asString()
          .contains("2 heads")
          .contains("d4 `create orders`")
          .contains("e5 `create invoices`");
    }
  }

  @Test
  void configuredHeadsAreAccepted() {
    try (ScratchDatabase db = Servers.h2()) {
      ScriptedDriver driver =
          fourRevisions(db, DROP_INDEX, DROP_EMAIL)
              .revision(
                  "e5",
                  "c3",
                  "create invoices",
                  List.of("CREATE TABLE invoices (id INT PRIMARY KEY)"),
                  List.of("DROP TABLE invoices"));

      VerifyReport report = new Verifier(driver, List.of("e5", "d4"), Reporter.silent()).run();

      assertThat(report.failures()).isEmpty();
      assertThat(report.checks()).contains("heads as configured: d4, e5");
    }
  }

  @Test
  void aRevisionWithoutDowngradeIsAFailureButLaterRevisionsAreStillChecked() {
    try (ScratchDatabase db = Servers.h2()) {
      VerifyReport report = verify(fourRevisions(db, DROP_INDEX, null));

      assertThat(report.failures())
          .containsExactly(
              "revision c3 `add email` (db/migrations/c3_add_email.sql) has no downgrade section:"
                  + " it cannot be undone");
      assertThat(report.checks())
          .contains(
              "staircase c3 add email: upgraded only, it has no downgrade",
              "staircase d4 create orders: ok");
    }
  }

  @Test
  void postgresFunctionsTriggersAndEnumTypesLeftBehindAreNamed() {
    try (ScratchDatabase db = Servers.postgres()) {
      ScriptedDriver driver =
          new ScriptedDriver(db)
              .revision(
                  "a1",
                  null,
                  "create users",
                  List.of("CREATE TABLE users (id INT PRIMARY KEY, touched TIMESTAMP)"),
                  List.of("DROP TABLE users"))
              .revision(
                  "b2",
                  "a1",
                  "touch trigger",
                  List.of(
                      "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                      "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS"
                          + " $$ BEGIN NEW.touched := now(); RETURN NEW; END $$",
                      "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW"
                          + " EXECUTE FUNCTION touch()"),
                  List.of("DROP TRIGGER users_touch ON users"));

      VerifyReport report = verify(driver);

      assertThat(report.failures())
          .containsExactly(
              "after downgrading b2 `touch trigger` (db/migrations/b2_touch_trigger.sql),"
                  + " enum type mood is still there; function touch() is still there");
    }
  }

  private static VerifyReport verify(ScriptedDriver driver) {
    return new Verifier(driver, List.of(), Reporter.silent()).run();
  }
}
