package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionEntry;
import java.util.List;
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
    List<RevisionEntry> current = migrator.current();
    if (current.isEmpty()) {
      // A note for people, on stderr: scripts reading stdout see no revision.
      console.progress("Database is at <base>: no revision applied", true);
    }
    printEntries(current, verbose, false, console);
    return Main.OK;
  }
}
