package dev.migrate.cli;

import static dev.migrate.cli.Scripts.AUDIT;
import static dev.migrate.cli.Scripts.CUSTOMERS;
import static dev.migrate.cli.Scripts.MERGE;
import static dev.migrate.cli.Scripts.ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * revision, merge, offline --sql and verify: the commands that need no database or a scratch one.
 */
class AuthoringIT {
  @TempDir Path dir;

  private CliRun ok(String... args) {
    CliRun run = new JarRunner(dir).run(args);
    assertThat(run.exitCode())
        .as(
            "exit code of %s%nstdout:%n%s%nstderr:%n%s",
            String.join(" ", args), run.out(), run.err())
        .isZero();
    return run;
  }

  private static Path generated(CliRun run) {
    assertThat(run.out()).startsWith("Generated ");
    Path path = Path.of(run.outLines().get(0).substring("Generated ".length()).trim());
    assertThat(path).isRegularFile();
    return path;
  }

  @Test
  void revisionsBranchAndMergeIntoOneHead() throws IOException {
    Path first = generated(ok("revision", "-m", "add users"));
    assertThat(first.getParent()).isEqualTo(dir.resolve(Scripts.DIRECTORY).toRealPath());
    assertThat(first.getFileName().toString())
        .matches("\\d{8}_\\d{6}-[0-9a-f]{12}_add_users\\.sql");
    String firstId = first.getFileName().toString().substring(16, 28);

    Path second = generated(ok("revision", "-m", "add email"));
    assertThat(Files.readString(second)).contains("-- down_revision: " + firstId);

    Path audit =
        generated(
            ok(
                "revision",
                "-m",
                "audit",
                "--head",
                "base",
                "--branch-label",
                "audit",
                "--rev-id",
                "aaaabbbbcccc"));
    assertThat(audit.getFileName().toString()).contains("aaaabbbbcccc");
    assertThat(Files.readString(audit)).contains("-- branch_labels: audit");
    assertThat(ok("heads").outLines()).hasSize(2);

    Path merge = generated(ok("merge", "-m", "merge", "heads"));
    assertThat(Files.readString(merge)).contains("-- down_revision: ");
    assertThat(ok("heads").outLines()).hasSize(1);

    String url = "jdbc:h2:file:" + dir.resolve("authored").toAbsolutePath();
    assertThat(ok("--url", url, "upgrade").out()).contains("Upgraded 4 revisions");
  }

  @Test
  void revisionWithTwoHeadsAndNoHeadFlagListsThem() {
    Scripts.write(dir);
    ok("revision", "-m", "second root", "--head", "base", "--rev-id", "f0f0f0f0f0f0");
    CliRun run = new JarRunner(dir).run("revision", "-m", "ambiguous");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(MERGE, "f0f0f0f0f0f0");
  }

  @Test
  void revisionIntoVersionPathWithDependsOn() {
    Scripts.write(dir);
    Path written =
        generated(
            ok(
                "revision",
                "-m",
                "reporting",
                "--depends-on",
                AUDIT.substring(0, 6),
                "--version-path",
                "db/other"));
    assertThat(written.getParent().getFileName().toString()).isEqualTo("other");
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "h2", "mariadb"})
  void offlineSqlForADialectNeedsNoDatabase(String dialect) {
    Scripts.write(dir);
    CliRun up = ok("--dialect", dialect, "upgrade", "--sql");
    assertThat(up.out())
        .contains("CREATE TABLE customers")
        .contains("CREATE VIEW order_notes")
        .containsIgnoringCase("migrate_version")
        .contains(CUSTOMERS, MERGE);
    assertThat(up.err()).doesNotContain("ERROR");

    CliRun range = ok("--dialect", dialect, "upgrade", "--sql", CUSTOMERS + ":" + AUDIT);
    assertThat(range.out())
        .contains("CREATE TABLE audit_log")
        .doesNotContain("CREATE TABLE customers");

    CliRun down = ok("--dialect", dialect, "downgrade", "--sql", MERGE + ":" + ORDER_NOTE);
    assertThat(down.out()).contains("DROP VIEW order_notes").doesNotContain("DROP TABLE orders");
  }

  @Test
  void verifyPassesOnGoodScriptsOnAScratchH2() {
    Scripts.write(dir);
    CliRun run = ok("verify");
    assertThat(run.out()).contains("every downgrade undoes its upgrade");
  }

  @Test
  void verifyFailsNamingTheRevisionWhoseDowngradeLeavesSomethingBehind() {
    Scripts.write(dir);
    Scripts.script(
        dir.resolve(Scripts.DIRECTORY),
        "0004-" + ORDER_NOTE + "_note.sql",
        Scripts.header(ORDER_NOTE, Scripts.ORDERS, "add order note", null),
        "ALTER TABLE orders ADD COLUMN note VARCHAR(200);",
        "SELECT 1;");
    CliRun run = new JarRunner(dir).run("verify");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(ORDER_NOTE).containsIgnoringCase("note");
    assertThat(run.errLines()).last().asString().contains("verify found 1 problem");
  }

  @Test
  void verifyOnAScratchDatabaseOfThePostgresqlServerLeavesTheConfiguredOneAlone() {
    Scripts.write(dir);
    try (ItDatabase db = ItDatabase.create("postgresql", dir)) {
      CliRun run = ok("--url", db.url(), "verify");
      assertThat(run.out()).contains("every downgrade undoes its upgrade");
      assertThat(db.tableExists("migrate_version")).isFalse();
      assertThat(db.tableExists("customers")).isFalse();
    }
  }

  @Test
  void verifyWithExpectedHeadsAcceptsTwoHeads() {
    Scripts.write(dir);
    ok("revision", "-m", "second root", "--head", "base", "--rev-id", "f0f0f0f0f0f0");
    CliRun oneHeadExpected = new JarRunner(dir).run("verify");
    assertThat(oneHeadExpected.exitCode()).isEqualTo(1);
    assertThat(oneHeadExpected.err()).contains(MERGE, "f0f0f0f0f0f0");

    CliRun twoHeads =
        ok("verify", "--expected-heads", MERGE + ",f0f0f0f0f0f0", "--scratch-url", "jdbc:h2:mem:");
    assertThat(twoHeads.out()).contains("every downgrade undoes its upgrade");
  }
}
