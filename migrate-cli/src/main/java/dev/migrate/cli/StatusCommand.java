package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Status;
import picocli.CommandLine.Model.CommandSpec;

/** Where the database stands against the scripts; exit 0 whether or not something is pending. */
final class StatusCommand extends EngineCommand {
  @Override
  CommandSpec spec() {
    return Specs.command(
        this, "status", "Show the current heads, the script heads and the pending revisions.");
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    return printFleet(fleet.status(), console);
  }

  @Override
  int run(Migrator migrator, Console console) {
    Status status = migrator.status();
    console.line("current: " + heads(status.currentHeads()));
    console.line("heads:   " + heads(status.scriptHeads()));
    console.line(
        status.upToDate()
            ? "up to date"
            : status.pending().size() + " pending: " + String.join(", ", status.pending()));
    return Main.OK;
  }

  private static String heads(java.util.List<String> heads) {
    return heads.isEmpty() ? "<base>" : String.join(", ", heads);
  }
}
