package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class StampCommand extends EngineCommand {
  private final PositionalParamSpec targets =
      Specs.positional("TARGET", "1..*", "One or more targets.");
  private final OptionSpec purge = Specs.flag("Empty the version table first.", "--purge");

  @Override
  CommandSpec spec() {
    return Specs.command(
            this, "stamp", "Write the version rows for TARGET without running any script.")
        .addPositional(targets)
        .addOption(purge);
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    return printFleet(fleet.stamp(Specs.strings(targets), Specs.isSet(purge)), console);
  }

  @Override
  int run(Migrator migrator, Console console) {
    return printRun(migrator.stamp(Specs.strings(targets), Specs.isSet(purge)), console);
  }
}
