package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RepairResult;
import picocli.CommandLine.Model.CommandSpec;

final class RepairCommand extends EngineCommand {
  @Override
  CommandSpec spec() {
    return Specs.command(
        this,
        "repair",
        "Accept edits of applied scripts (record their new checksums) and remove failed-step"
            + " records; one line per change.");
  }

  @Override
  int run(Migrator migrator, Console console) {
    // The engine reports each change as it makes it; this is the summary.
    RepairResult result = migrator.repair();
    console.line(
        result.nothingChanged()
            ? "Nothing to repair: the history table matches the scripts"
            : "Repaired the history table: "
                + result.lines().size()
                + (result.lines().size() == 1 ? " change" : " changes"));
    return 0;
  }
}
