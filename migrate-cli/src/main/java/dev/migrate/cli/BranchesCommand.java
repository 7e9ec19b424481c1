package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Branch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class BranchesCommand extends EngineCommand {
  private final OptionSpec verbose =
      Specs.flag("Print the full entry of each branch point.", "-v", "--verbose");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "branches", "Show the branch points and what they branch into.")
        .addOption(verbose);
  }

  @Override
  int run(Migrator migrator, Console console) {
    for (Branch branch : migrator.branches()) {
      branch.lines(Specs.isSet(verbose)).forEach(console::line);
    }
    return Main.OK;
  }
}
