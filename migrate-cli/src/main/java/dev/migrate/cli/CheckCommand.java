package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;

@Command(
    name = "check",
    description =
        "Exit 1 when the database is not at the script heads or an applied script was edited.")
final class CheckCommand extends EngineCommand {
  @Override
  int run(Migrator migrator, Console console) {
    return Findings.report(
        "check", migrator.check(), "Database is up to date with the scripts", console);
  }
}
