package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.jpa.JpaModel;
import picocli.CommandLine.Model.CommandSpec;

final class CheckCommand extends EngineCommand {
  @Override
  CommandSpec spec() {
    return Specs.command(
        this,
        "check",
        "Exit 1 when the database is not at the script heads, an applied script was edited, or"
            + " the --model has changes no revision captures.");
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    return printFleet(fleet.check(), console);
  }

  @Override
  int run(Migrator migrator, Console console) {
    return Findings.report(
        "check",
        migrator.check(JpaModel.forConfig(migrator.config(), migrator.config().classLoader())),
        "Database is up to date with the scripts",
        console);
  }
}
