package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", description = "Show the heads of the scripts.")
final class HeadsCommand extends EngineCommand {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print the full entry of each revision.")
  private boolean verbose;

  @Override
  int run(Migrator migrator, Console console) {
    printEntries(migrator.heads(), verbose, true, console);
    return Main.OK;
  }
}
