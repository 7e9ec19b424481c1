package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List revisions, newest first.")
final class HistoryCommand extends EngineCommand {
  @Option(
      names = {"-r", "--rev-range"},
      paramLabel = "RANGE",
      description = "A:B, :B, A: or current: (default: everything).")
  private String range;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print the full entry of each revision.")
  private boolean verbose;

  @Option(
      names = {"-i", "--indicate-current"},
      description = "Mark the database's current revisions (needs a database).")
  private boolean indicateCurrent;

  @Override
  int run(Migrator migrator, Console console) {
    for (RevisionEntry entry : migrator.history(range, indicateCurrent)) {
      console.line(verbose ? entry.verbose() : entry.historyLine());
    }
    return Main.OK;
  }
}
