package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;

@Command(
    name = "validate",
    description = "Check the graph and the checksums of applied scripts; changes nothing.")
final class ValidateCommand extends EngineCommand {
  @Override
  int run(Migrator migrator, Console console) {
    return Findings.report(
        "validate", migrator.validate(), "Scripts and database are consistent", console);
  }
}
