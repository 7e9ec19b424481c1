package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandsTest {
  private final CommandLine root =
      new CommandLine(new MigrateCommand(new Main(Map.of(), Path.of(""), System.out, System.err)));

  @Test
  void registeredNamesAreTheAnnotatedNames() {
    for (String name : Commands.names()) {
      Command command = Commands.create(name).getClass().getAnnotation(Command.class);
      assertThat(command.name()).isEqualTo(name);
    }
    assertThat(Commands.names()).hasSize(13);
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
    Commands.register(root, new String[] {"--url", "x", "heads", "-v"});
    assertThat(root.getSubcommands()).containsOnlyKeys("heads");
  }

  private String name(String... args) {
    return Commands.commandName(root, args);
  }
}
