package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class HistoryCommand extends EngineCommand {
  private final OptionSpec range =
      Specs.option("RANGE", "A:B, :B, A: or current: (default: everything).", "-r", "--rev-range");
  private final OptionSpec verbose =
      Specs.flag(
          "Print the full entry of each revision, with when, by whom and how long an applied one"
              + " took.",
          "-v",
          "--verbose");
  private final OptionSpec indicateCurrent =
      Specs.flag(
          "Mark the database's current revisions (needs a database).", "-i", "--indicate-current");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "history", "List revisions, newest first.")
        .addOption(range)
        .addOption(verbose)
        .addOption(indicateCurrent);
  }

  @Override
  int run(Migrator migrator, Console console) {
    boolean full = Specs.isSet(verbose);
    for (RevisionEntry entry :
        migrator.history(Specs.string(range), Specs.isSet(indicateCurrent), full)) {
      console.line(full ? entry.verbose() : entry.historyLine());
    }
    return Main.OK;
  }
}
