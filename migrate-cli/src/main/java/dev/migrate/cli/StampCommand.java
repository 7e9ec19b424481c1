package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "stamp",
    description = "Write the version rows for TARGET without running any script.")
final class StampCommand extends EngineCommand {
  @Parameters(arity = "1..*", paramLabel = "TARGET", description = "One or more targets.")
  private List<String> targets;

  @Option(names = "--purge", description = "Empty the version table first.")
  private boolean purge;

  @Override
  int run(Migrator migrator, Console console) {
    return printRun(migrator.stamp(targets, purge), console);
  }
}
