package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "merge",
    description = "Write a revision that merges REVS (default: heads) and print its path.")
final class MergeCommand extends EngineCommand {
  @Parameters(
      arity = "0..*",
      paramLabel = "REVS",
      description = "Revisions to merge: ids, prefixes, labels, or heads.")
  private List<String> revisions = new ArrayList<>();

  @Option(
      names = {"-m", "--message"},
      required = true,
      paramLabel = "MSG",
      description = "The merge revision's message.")
  private String message;

  @Option(names = "--branch-label", paramLabel = "L", description = "Label for the merge revision.")
  private String branchLabel;

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a new one.")
  private String revId;

  @Override
  int run(Migrator migrator, Console console) {
    List<String> parents = revisions.isEmpty() ? List.of("heads") : revisions;
    console.line("Generated " + migrator.merge(parents, message, branchLabel, revId));
    return Main.OK;
  }
}
