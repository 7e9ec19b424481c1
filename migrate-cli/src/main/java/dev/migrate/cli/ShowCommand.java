package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ShowCommand extends EngineCommand {
  private final PositionalParamSpec revision =
      Specs.positional("REV", "1", "An id, prefix, label, heads or current.");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "show", "Show the revisions REV resolves to.")
        .addPositional(revision);
  }

  @Override
  int run(Migrator migrator, Console console) {
    printEntries(migrator.show(Specs.string(revision)), true, false, console);
    return Main.OK;
  }
}
