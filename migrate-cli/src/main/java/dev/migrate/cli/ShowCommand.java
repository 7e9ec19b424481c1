package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show the revisions REV resolves to.")
final class ShowCommand extends EngineCommand {
  @Parameters(paramLabel = "REV", description = "An id, prefix, label, heads or current.")
  private String revision;

  @Override
  int run(Migrator migrator, Console console) {
    printEntries(migrator.show(revision), true, false, console);
    return Main.OK;
  }
}
