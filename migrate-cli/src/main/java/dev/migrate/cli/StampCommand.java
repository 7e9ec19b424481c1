package dev.migrate.cli;

import dev.migrate.engine.AppliedStep;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.RunResult;
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
    RunResult result = migrator.stamp(targets, purge);
    // The engine reports upgrade and downgrade steps as they run, but not stamps.
    for (AppliedStep step : result.steps()) {
      console.line(step.line());
    }
    return printRun(result, console);
  }
}
