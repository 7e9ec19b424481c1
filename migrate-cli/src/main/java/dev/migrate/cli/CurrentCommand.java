package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", description = "Show the database's current revisions.")
final class CurrentCommand extends EngineCommand {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print the full entry of each revision.")
  private boolean verbose;

  @Override
  int run(Migrator migrator, Console console) {
    printEntries(migrator.current(), verbose, false, console);
    return Main.OK;
  }
}
