package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
  private final MigrateCommand migrate =
      new MigrateCommand(new Main(Map.of(), Path.of(""), System.out, System.err));
  private final CommandLine root = new CommandLine(migrate.spec());

  @Test
  void registeredNamesAreTheModelsNames() {
    for (String name : Commands.names()) {
      assertThat(Commands.create(name).spec().name()).isEqualTo(name);
    }
    assertThat(Commands.names()).hasSize(14);
  }

  @Test
  void findsTheCommandAfterGlobalOptionsAndTheirValues() {
    assertThat(name("current")).isEqualTo("current");
    assertThat(name("--url", "history", "--debug", "heads")).isEqualTo("heads");
    assertThat(name("--url=jdbc:h2:mem:x", "show", "abc")).isEqualTo("show");
    assertThat(name("--debug", "--lock-timeout", "5s", "upgrade", "--sql")).isEqualTo("upgrade");
  }

  @Test
  void registersEverythingForHelpAndUnknownInput() {
    assertThat(name()).isNull();
    assertThat(name("--help", "upgrade")).isNull();
    assertThat(name("--version")).isNull();
    assertThat(name("upgarde")).isNull();
    assertThat(name("--unknown", "upgrade")).isNull();
  }

  @Test
  void registersOnlyTheNamedCommand() {
    Commands.register(root, migrate, new String[] {"--url", "x", "heads", "-v"});
    assertThat(root.getSubcommands()).containsOnlyKeys("heads");
  }

  private String name(String... args) {
    return Commands.commandName(root, args);
  }
}
