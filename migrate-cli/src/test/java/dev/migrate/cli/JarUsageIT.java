package dev.migrate.cli;

import static dev.migrate.cli.Scripts.MERGE;
import static dev.migrate.cli.Scripts.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's contract with scripts and containers: exit codes, stderr, settings, --classpath. */
class JarUsageIT {
  @TempDir Path dir;

  private JarRunner jar() {
    return new JarRunner(dir);
  }

  @Test
  void unknownFlagExitsTwoWithOneLineNamingIt() {
    CliRun run = jar().run("--no-such-flag", "current");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'--no-such-flag'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandExitsTwoWithOneLineNamingIt() {
    CliRun run = jar().run("migrate-all-the-things");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("Unknown command 'migrate-all-the-things'");
  }

  @Test
  void versionAndHelp() {
    CliRun version = jar().run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("migrate 0.");
    CliRun help = jar().run("upgrade", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: migrate upgrade", "--sql", "TARGET");
    // The whole help, in a process of its own: picocli warns on System.err, which only a real
    // process shows, when a description is not a valid format string (a bare % in one).
    CliRun all = jar().run("--help");
    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("schema names like 'tenant_%'.").doesNotContain("%%");
    assertThat(all.err()).isEmpty();
  }

  @Test
  void unreachableDatabaseExitsOneNamingHostAndPortWithoutThePassword() {
    Scripts.write(dir);
    CliRun run =
        jar()
            .env("DATABASE_URL", "postgresql://app:hunter22@127.0.0.1:1/app")
            .run("--lock-timeout", "2s", "current");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("127.0.0.1", "1").doesNotContain("hunter22");
    assertThat(run.errLines()).hasSizeBetween(1, 2);

    CliRun withFlag =
        jar()
            .run(
                "--url",
                "jdbc:postgresql://127.0.0.1:1/app",
                "--user",
                "app",
                "--password",
                "hunter22",
                "--debug",
                "upgrade");
    assertThat(withFlag.exitCode()).isEqualTo(1);
    assertThat(withFlag.err()).contains("127.0.0.1:1").doesNotContain("hunter22");
    assertThat(withFlag.out()).doesNotContain("hunter22");
  }

  @Test
  void missingLocationExitsOneNamingIt() {
    CliRun run =
        jar()
            .run(
                "--url",
                "jdbc:h2:mem:nolocation",
                "--locations",
                "filesystem:nowhere/sql",
                "heads");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSizeBetween(1, 2);
    assertThat(run.err()).contains("nowhere/sql");
  }

  @Test
  void defaultLocationIsDbMigrationsInTheWorkingDirectory() {
    Scripts.write(dir);
    CliRun run = jar().run("heads");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).singleElement().asString().startsWith(MERGE);
  }

  @Test
  void settingsFromEnvironmentAndPropertiesFile() throws IOException {
    Path scripts = Scripts.write(dir.resolve("project"));
    String url = "jdbc:h2:file:" + dir.resolve("envdb").toAbsolutePath();
    Files.write(
        dir.resolve("migrate.properties"),
        List.of(
            "migrate.url=jdbc:h2:file:" + dir.resolve("filedb").toAbsolutePath(),
            "migrate.locations=filesystem:" + scripts,
            "migrate.versionTable=app_version"));
    CliRun run = jar().env("MIGRATE_URL", url).run("upgrade", ORDERS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(dir.resolve("envdb.mv.db"))).isTrue();
    assertThat(Files.exists(dir.resolve("filedb.mv.db"))).isFalse();

    CliRun flagWins =
        jar().env("MIGRATE_URL", url).run("--version-table", "other_version", "current");
    assertThat(flagWins.exitCode()).as(flagWins.err()).isZero();
    assertThat(flagWins.out()).isEmpty();
    CliRun fromFile = jar().env("MIGRATE_URL", url).run("current");
    assertThat(fromFile.outLines()).containsExactly(ORDERS + " (branchpoint)");
  }

  @Test
  void databaseUrlInPostgresqlForm() {
    Scripts.write(dir);
    try (ItDatabase db = ItDatabase.create("postgresql", dir)) {
      String url = "postgresql://postgres@" + db.host() + "/" + db.name();
      CliRun run = jar().env("DATABASE_URL", url).run("upgrade");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(db.versions()).containsExactly(MERGE);
    }
  }

  @Test
  void driverFromTheClasspathOption() throws IOException {
    Scripts.write(dir);
    CompiledFixtures.fakeDriver(dir.resolve("drivers"));
    String url = "jdbc:fake:file:" + dir.resolve("fakedb").toAbsolutePath();
    CliRun run = jar().run("--classpath", "drivers/classes", "--url", url, "upgrade");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Upgraded 5 revisions");
    CliRun current = jar().run("--classpath", "drivers/classes", "--url", url, "current");
    assertThat(current.outLines()).singleElement().asString().startsWith(MERGE);

    CliRun withoutClasspath = jar().run("--url", url, "current");
    assertThat(withoutClasspath.exitCode()).isEqualTo(1);
    assertThat(withoutClasspath.errLines())
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).contains("jdbc:fake:", "No suitable driver"),
            second -> assertThat(second).contains("--classpath"));
  }

  @Test
  void javaMigrationFromTheClasspathOption() throws IOException {
    Scripts.write(dir);
    CompiledFixtures.compile(
        dir.resolve("app"),
        "db/migrations/AddShipments.java",
        """
        package db.migrations;

        import dev.migrate.engine.migration.*;

        @RevisionInfo(revision = "f6c0ffee0006", downRevision = "%s", message = "add shipments")
        public class AddShipments implements JavaMigration {
          public void upgrade(Operations op) {
            op.createTable("shipments", Column.of("id", ColumnType.bigint()).primaryKey());
          }

          public void downgrade(Operations op) {
            op.dropTable("shipments");
          }
        }
        """
            .formatted(MERGE));
    String url = "jdbc:h2:file:" + dir.resolve("javadb").toAbsolutePath();
    List<String> common =
        List.of(
            "--url",
            url,
            "--classpath",
            "app/classes",
            "--locations",
            "filesystem:db/migrations,classpath:db/migrations");
    CliRun upgrade = jar().run(concat(common, "upgrade"));
    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
    assertThat(upgrade.out()).contains("-> f6c0ffee0006, add shipments", "Upgraded 6 revisions");
    assertThat(jar().run(concat(common, "heads")).out()).startsWith("f6c0ffee0006");
    CliRun down = jar().run(concat(common, "downgrade", "-1"));
    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(jar().run(concat(common, "current")).outLines())
        .singleElement()
        .asString()
        .startsWith(MERGE);
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void mariadbThroughTheShadedDriver() {
    Scripts.write(dir);
    try (ItDatabase db = ItDatabase.create("mariadb", dir)) {
      CliRun upgrade = jar().run("--url", db.url(), "upgrade");
      assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
      assertThat(db.versions()).containsExactly(MERGE);
      assertThat(jar().run("--url", db.url(), "current").outLines())
          .singleElement()
          .asString()
          .startsWith(MERGE);
      CliRun down = jar().run("--url", db.url(), "downgrade", "base");
      assertThat(down.exitCode()).as(down.err()).isZero();
      assertThat(db.versions()).isEmpty();
      assertThat(db.tableExists("customers")).isFalse();
    }
  }
}
