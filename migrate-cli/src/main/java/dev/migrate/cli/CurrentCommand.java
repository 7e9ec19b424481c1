package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class CurrentCommand extends EngineCommand {
  private final OptionSpec verbose =
      Specs.flag(
          "Print the full entry of each revision, with when, by whom and how long an applied one"
              + " took.",
          "-v",
          "--verbose");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "current", "Show the database's current revisions.")
        .addOption(verbose);
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    return printFleet(fleet.current(), console);
  }

  @Override
  int run(Migrator migrator, Console console) {
    boolean full = Specs.isSet(verbose);
    List<RevisionEntry> current = migrator.current(full);
    if (current.isEmpty()) {
      // A note for people, on stderr: scripts reading stdout see no revision.
      console.progress("Database is at <base>: no revision applied", true);
    }
    printEntries(current, full, false, console);
    return Main.OK;
  }
}
