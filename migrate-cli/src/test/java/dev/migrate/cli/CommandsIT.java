package dev.migrate.cli;

import static dev.migrate.cli.Scripts.AUDIT;
import static dev.migrate.cli.Scripts.CUSTOMERS;
import static dev.migrate.cli.Scripts.MERGE;
import static dev.migrate.cli.Scripts.ORDERS;
import static dev.migrate.cli.Scripts.ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every database command, run through the built jar against H2, PostgreSQL and SQLite. */
class CommandsIT {
  @TempDir Path dir;
  private ItDatabase db;
  private JarRunner jar;

  private void setUp(String database) {
    db = ItDatabase.create(database, dir);
    Scripts.write(dir);
    jar = new JarRunner(dir);
  }

  @AfterEach
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }

  /** Runs {@code migrate --url <db> args...} and asserts the exit code. */
  private CliRun migrate(int expectedExit, String... args) {
    List<String> all = new ArrayList<>(List.of("--url", db.url()));
    all.addAll(List.of(args));
    CliRun run = jar.run(all);
    assertThat(run.exitCode())
        .as("exit code of %s%nstdout:%n%s%nstderr:%n%s", all, run.out(), run.err())
        .isEqualTo(expectedExit);
    return run;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void upgradeAppliesEveryBranchAndCurrentShowsTheMerge(String database) {
    setUp(database);
    CliRun upgrade = migrate(0, "upgrade");
    assertThat(upgrade.out())
        .contains("Running upgrade  -> " + CUSTOMERS + ", create customers")
        .contains("Running upgrade " + CUSTOMERS + " -> " + ORDERS + ", create orders")
        .contains("-> " + MERGE + ", merge audit and notes")
        .contains("Upgraded 5 revisions");
    assertThat(db.versions()).containsExactly(MERGE);
    assertThat(db.tableExists("customers")).isTrue();
    assertThat(db.tableExists("audit_log")).isTrue();
    assertThat(db.strings("SELECT COUNT(*) FROM migrate_history")).containsExactly("5");

    assertThat(migrate(0, "current").outLines())
        .containsExactly(MERGE + " (audit) (head) (mergepoint)");
    assertThat(migrate(0, "current", "--verbose").out())
        .contains("Rev: " + MERGE + " (head) (mergepoint)")
        .contains("Branch names: audit")
        .contains("Merges: " + AUDIT + ", " + ORDER_NOTE)
        .contains("    merge audit and notes");
    CliRun again = migrate(0, "upgrade");
    assertThat(again.out()).contains("Upgraded 0 revisions").doesNotContain("Running upgrade");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void upgradeAndDowngradeMoveTheVersionRowsAsAlembicDoes(String database) {
    setUp(database);
    migrate(0, "upgrade", ORDERS.substring(0, 4));
    assertThat(db.versions()).containsExactly(ORDERS);
    assertThat(db.tableExists("audit_log")).isFalse();

    migrate(0, "upgrade", AUDIT);
    assertThat(db.versions()).containsExactly(AUDIT);

    migrate(0, "upgrade", ORDER_NOTE);
    assertThat(db.versions()).containsExactly(AUDIT, ORDER_NOTE);

    migrate(0, "upgrade", "heads");
    assertThat(db.versions()).containsExactly(MERGE);

    CliRun unmerge = migrate(0, "downgrade", ORDERS);
    assertThat(unmerge.outLines().get(0))
        .as("which database is about to change, and where the setting came from")
        .startsWith("Database: ")
        .endsWith(", from --url");
    assertThat(unmerge.outLines().get(1))
        .isEqualTo(
            "Running downgrade "
                + MERGE
                + " -> "
                + AUDIT
                + ", "
                + ORDER_NOTE
                + ", merge audit and notes");
    assertThat(unmerge.out()).contains("Downgraded 3 revisions");
    assertThat(db.versions()).containsExactly(ORDERS);
    assertThat(db.tableExists("audit_log")).isFalse();

    migrate(0, "downgrade", "base");
    assertThat(db.versions()).isEmpty();
    assertThat(db.tableExists("customers")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void listingCommandsPrintTheEngineFormats(String database) {
    setUp(database);
    migrate(0, "upgrade", ORDERS);

    List<String> history = migrate(0, "history").outLines();
    assertThat(history).hasSize(5);
    assertThat(history.get(0))
        .startsWith(AUDIT + ", " + ORDER_NOTE + " -> " + MERGE + " (audit) (head) (mergepoint)")
        .endsWith(", merge audit and notes");
    assertThat(history.get(4)).isEqualTo("<base> -> " + CUSTOMERS + ", create customers");

    assertThat(migrate(0, "history", "--indicate-current").outLines())
        .filteredOn(line -> line.contains("(current)"))
        .singleElement()
        .asString()
        .contains("-> " + ORDERS);
    assertThat(migrate(0, "history", "-r", CUSTOMERS + ":" + ORDERS).outLines()).hasSize(2);
    assertThat(migrate(0, "history", "--verbose").out())
        .contains("Rev: " + CUSTOMERS, "Parent: <base>", "Path: ", "Create Date: 2025-09-16");

    assertThat(migrate(0, "heads").outLines()).singleElement().asString().startsWith(MERGE);
    assertThat(migrate(0, "heads", "--verbose").out()).contains("Rev: " + MERGE);

    assertThat(migrate(0, "branches").outLines())
        .containsExactly(
            ORDERS + " (branchpoint)",
            " ".repeat(12) + " -> " + AUDIT + " (audit)",
            " ".repeat(12) + " -> " + ORDER_NOTE);
    assertThat(migrate(0, "branches", "--verbose").outLines())
        .startsWith("Rev: " + ORDERS + " (branchpoint)")
        .endsWith(
            " ".repeat(12) + " -> " + AUDIT + " (audit), create audit log",
            " ".repeat(12) + " -> " + ORDER_NOTE + ", add order note");

    assertThat(migrate(0, "show", ORDERS.substring(0, 6)).out())
        .contains("Rev: " + ORDERS + " (branchpoint)\n")
        .contains("Parent: " + CUSTOMERS)
        .contains("Branches into: " + AUDIT + ", " + ORDER_NOTE)
        .contains("    create orders");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void stampWritesRowsWithoutRunningScripts(String database) {
    setUp(database);
    CliRun stamp = migrate(0, "stamp", ORDERS);
    assertThat(stamp.outLines()).hasSize(3);
    assertThat(stamp.outLines().get(0)).startsWith("Database: ");
    assertThat(stamp.outLines().get(1))
        .as("each step once")
        .isEqualTo("Running stamp_revision  -> " + ORDERS);
    assertThat(stamp.outLines().get(2)).startsWith("Stamped 1 revision in ");
    assertThat(db.versions()).containsExactly(ORDERS);
    assertThat(db.tableExists("customers")).isFalse();

    migrate(0, "stamp", "--purge", AUDIT, ORDER_NOTE);
    assertThat(db.versions()).containsExactly(AUDIT, ORDER_NOTE);
    assertThat(db.tableExists("orders")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void checkFailsWhilePendingAndPassesWhenUpToDate(String database) {
    setUp(database);
    migrate(0, "upgrade", ORDERS);
    CliRun pending = migrate(1, "check");
    assertThat(pending.out()).isEmpty();
    assertThat(pending.errLines())
        .singleElement()
        .asString()
        .startsWith("ERROR: check: ")
        .contains(AUDIT);

    migrate(0, "upgrade");
    assertThat(migrate(0, "check").out()).isEqualTo("Database is up to date with the scripts\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void validateNamesAScriptEditedAfterItWasApplied(String database) throws IOException {
    setUp(database);
    migrate(0, "upgrade");
    assertThat(migrate(0, "validate").out()).contains("Scripts and database are consistent");

    Path script = dir.resolve(Scripts.DIRECTORY).resolve("0002-" + ORDERS + "_orders.sql");
    Files.writeString(
        script, Files.readString(script).replace("customer_id INT", "customer_id BIGINT"));
    CliRun edited = migrate(1, "validate");
    assertThat(edited.errLines())
        .singleElement()
        .asString()
        .startsWith("ERROR: validate: ")
        .contains(ORDERS);
    assertThat(migrate(1, "check").err()).contains(ORDERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void repairAcceptsAnEditedAppliedScriptWithOneLinePerChange(String database) throws IOException {
    setUp(database);
    migrate(0, "upgrade");
    List<String> nothing = migrate(0, "repair").outLines();
    assertThat(nothing).hasSize(2);
    assertThat(nothing.get(0)).startsWith("Database: ");
    assertThat(nothing.get(1))
        .isEqualTo("Nothing to repair: the history table matches the scripts");

    Path script = dir.resolve(Scripts.DIRECTORY).resolve("0002-" + ORDERS + "_orders.sql");
    Files.writeString(script, Files.readString(script) + "-- reviewed\n");
    CliRun repaired = migrate(0, "repair");
    List<String> lines = repaired.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("Database: ");
    assertThat(lines.get(1))
        .startsWith("Revision " + ORDERS + " (")
        .contains("_orders.sql): recorded the edited script's checksum ", " in place of ");
    assertThat(lines.get(2)).isEqualTo("Repaired the history table: 1 change");
    assertThat(migrate(0, "validate").out()).contains("Scripts and database are consistent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql", "sqlite"})
  void upgradeSqlRendersFromTheDatabaseWithoutChangingIt(String database) {
    setUp(database);
    migrate(0, "upgrade", ORDERS);
    CliRun sql = migrate(0, "upgrade", "--sql");
    assertThat(sql.out())
        .contains("CREATE TABLE audit_log")
        .contains("ALTER TABLE orders ADD COLUMN note")
        .contains(MERGE)
        .doesNotContain("CREATE TABLE customers")
        .doesNotContainPattern("(?m)^Running upgrade");
    assertThat(db.versions()).containsExactly(ORDERS);
    assertThat(db.tableExists("audit_log")).isFalse();

    CliRun downSql = migrate(0, "downgrade", "--sql", "base");
    assertThat(downSql.out()).contains("DROP TABLE orders", "DROP TABLE customers");
    assertThat(db.versions()).containsExactly(ORDERS);
  }
}
