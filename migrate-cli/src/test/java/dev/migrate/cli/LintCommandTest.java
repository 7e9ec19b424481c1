package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate lint} offline: the exit code follows --fail-on, the formats go to stdout. */
class LintCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void scripts() throws Exception {
    Files.writeString(
        dir.resolve("a1.sql"),
        """
        -- revision: a1
        -- down_revision:

        -- migrate:upgrade
        ALTER TABLE orders DROP COLUMN legacy;
        """);
  }

  private CliRun lint(String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "--locations";
    args[1] = "filesystem:" + dir;
    args[2] = "--dialect";
    args[3] = "postgresql";
    System.arraycopy(options, 0, args, 4, options.length);
    args[args.length - 1] = "lint";
    return CliRun.run(dir, Map.of(), args);
  }

  @Test
  void findingsAtFailOnExitOneAndPrintFileLineColumnRule() {
    CliRun run = lint();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("Revision a1 (")
        .contains("a1.sql:5:1 drop-column warning DROP COLUMN legacy of orders")
        .contains("lock-timeout-missing")
        .contains("2 findings (0 errors, 2 warnings, 0 info) in 1 of 1 revisions");
  }

  @Test
  void belowFailOnOrOverriddenTheExitIsZero() {
    assertThat(lint("--fail-on", "error").exitCode()).isZero();
    assertThat(lint("--lint-severity", "drop-column=off", "--statement-lock-timeout", "5s").out())
        .contains("0 findings");
  }

  @Test
  void jsonAndGithubFormats() {
    assertThat(lint("--format", "json").out())
        .startsWith("{\"revisions\":1,")
        .contains("\"rule\":\"drop-column\",\"severity\":\"warning\"");
    assertThat(lint("--format", "github").outLines())
        .anyMatch(
            line ->
                line.startsWith("::warning file=")
                    && line.contains(",line=5,col=1,title=drop-column::"));
  }

  @Test
  void anUnknownRuleInAnOverrideIsASettingError() {
    CliRun run = lint("--lint-severity", "drop-colum=off");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("lintSeverity names an unknown rule 'drop-colum'");
  }
}
