package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.ValidationResult;
import picocli.CommandLine.Model.CommandSpec;

final class ValidateCommand extends EngineCommand {
  @Override
  CommandSpec spec() {
    return Specs.command(
        this, "validate", "Check the graph and the checksums of applied scripts; changes nothing.");
  }

  @Override
  int run(Migrator migrator, Console console) {
    return Findings.report(
        "validate",
        migrator.validate(),
        ValidationResult.consistent(migrator.config().hasDatabase()),
        console);
  }
}
