package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.Setting;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static Arguments read(String... args) {
    return Arguments.read(args);
  }

  @Test
  void findsTheCommandAfterGlobalOptionsAndTheirValues() {
    assertThat(read("current").command()).isEqualTo(Command.CURRENT);
    assertThat(read("--url", "history", "--debug", "heads").command()).isEqualTo(Command.HEADS);
    assertThat(read("--url=jdbc:h2:mem:x", "show", "abc").command()).isEqualTo(Command.SHOW);
    assertThat(read("--debug", "--lock-timeout", "5s", "upgrade", "--sql").command())
        .isEqualTo(Command.UPGRADE);
  }

  @Test
  void readsTheGlobalOptionsOnce() {
    Arguments read =
        read(
            "--url",
            "jdbc:h2:./x",
            "--debug",
            "--user=sa",
            "--config",
            "o.properties",
            "--lock-timeout",
            "5s",
            "current");
    assertThat(read.flags())
        .containsEntry(Setting.URL, "jdbc:h2:./x")
        .containsEntry(Setting.USER, "sa")
        .containsEntry(Setting.LOCK_TIMEOUT, "5s")
        .hasSize(3);
    assertThat(read.configFile()).isEqualTo("o.properties");
    assertThat(read.debug()).isTrue();
    assertThat(read.commandArguments()).isEmpty();
  }

  @Test
  void handsTheCommandItsOwnArguments() {
    Arguments read = read("--url", "x", "heads", "-v");
    assertThat(read.command()).isEqualTo(Command.HEADS);
    assertThat(read.commandArguments()).containsExactly("-v");
    assertThat(read.offlineOrHelp()).isFalse();
    assertThat(read("upgrade", "--sql").offlineOrHelp()).isTrue();
    assertThat(read("current", "--help").offlineOrHelp()).isTrue();
  }

  @Test
  void namesNoCommandForHelpVersionAndUnknownInput() {
    assertThat(read().command()).isNull();
    assertThat(read("--help", "upgrade").command()).isNull();
    assertThat(read("--version").command()).isNull();
    assertThat(read("upgarde").command()).isNull();
    assertThat(read("--unknown", "upgrade").command()).isNull();
    assertThat(read("--url").command()).isNull();
    assertThat(read("--debug=true", "upgrade").command()).isNull();
  }
}
