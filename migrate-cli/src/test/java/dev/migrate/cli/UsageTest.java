package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.Setting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad usage exits 2 with one line on stderr naming what was wrong; help and version exit 0. */
class UsageTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  @Test
  void unknownGlobalOptionIsOneLineNamingIt() {
    CliRun run = run("--frobnicate", "current");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("Unknown option '--frobnicate'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandOptionNamesOptionAndCommand() {
    CliRun run = run("history", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'--bogus'", "'history'");
  }

  @Test
  void unknownCommandIsOneLineNamingIt() {
    CliRun run = run("upgrayedd");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("Unknown command 'upgrayedd'", "upgrade");
  }

  @Test
  void globalOptionAfterTheCommandSaysWhereItGoes() {
    CliRun run = run("current", "--url", "jdbc:h2:mem:x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'--url'", "global option");
  }

  @Test
  void missingCommandIsBadUsage() {
    CliRun run = run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("Missing command");
  }

  @Test
  void missingTargetIsBadUsage() {
    CliRun run = run("downgrade");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("TARGET", "downgrade");
  }

  @Test
  void revisionWithoutMessageIsBadUsage() {
    CliRun run = run("revision");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("--message");
  }

  @Test
  void rangeWithoutSqlIsBadUsage() {
    CliRun run = run("--url", "jdbc:h2:mem:range", "upgrade", "base:heads");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("base:heads", "--sql");
  }

  @Test
  void badSettingValueIsBadUsageNamingItsSource() {
    CliRun run = CliRun.run(dir, Map.of("MIGRATE_TRANSACTION_MODE", "sometimes"), "heads");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("'sometimes'", "MIGRATE_TRANSACTION_MODE", "per-revision");
  }

  @Test
  void invalidTableNameIsBadUsage() {
    CliRun run = run("--version-table", "x;drop", "heads");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("versionTable", "x;drop");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRun run = run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("migrate \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void helpListsEveryCommandAndGlobalOption() {
    CliRun run = run("--help");
    assertThat(run.exitCode()).isZero();
    for (Command command : Command.values()) {
      assertThat(run.out()).contains(command.commandName());
    }
    for (Setting setting : Setting.values()) {
      if (setting.globalFlag()) {
        assertThat(run.out()).contains(setting.flag());
      }
    }
    assertThat(run.out())
        .contains(
            "--url",
            "--locations",
            "--classpath",
            "--lock-timeout",
            "--transaction-mode",
            "--dialect",
            "--debug");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void everyCommandHasHelp(Command command) {
    CliRun run = run(command.commandName(), "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: migrate " + command.commandName());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void commandHelpShowsItsFlags() {
    assertThat(run("history", "--help").out())
        .contains("--rev-range", "--verbose", "--indicate-current");
    assertThat(run("revision", "--help").out())
        .contains(
            "--message",
            "--head",
            "--splice",
            "--branch-label",
            "--depends-on",
            "--rev-id",
            "--version-path");
    assertThat(run("stamp", "--help").out()).contains("--purge");
    assertThat(run("upgrade", "--help").out()).contains("--sql");
    assertThat(run("verify", "--help").out()).contains("--scratch-url", "--expected-heads");
    assertThat(run("branches", "--help").out()).contains("--verbose");
  }

  @Test
  void unknownDialectIsBadUsage() {
    CliRun run = run("--dialect", "oracle", "upgrade", "--sql");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'oracle'", "--dialect", "h2");
  }

  @Test
  void commandsThatNeedADatabaseSayHowToGiveOne() {
    Scripts.write(dir);
    CliRun run = run("current");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .hasSize(2)
        .last()
        .asString()
        .contains("--url", "MIGRATE_URL", "DATABASE_URL");
  }

  @Test
  void offlineSqlWithoutDialectSaysHowToGiveOne() {
    Scripts.write(dir);
    CliRun run = run("upgrade", "--sql");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(2).last().asString().contains("--dialect");
  }
}
