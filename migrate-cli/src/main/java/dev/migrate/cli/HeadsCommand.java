package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class HeadsCommand extends EngineCommand {
  private final OptionSpec verbose =
      Specs.flag("Print the full entry of each revision.", "-v", "--verbose");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "heads", "Show the heads of the scripts.").addOption(verbose);
  }

  @Override
  int run(Migrator migrator, Console console) {
    printEntries(migrator.heads(), Specs.isSet(verbose), true, console);
    return Main.OK;
  }
}
