package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class MergeCommand extends EngineCommand {
  private final PositionalParamSpec revisions =
      Specs.positional("REVS", "0..*", "Revisions to merge: ids, prefixes, labels, or heads.");
  private final OptionSpec message =
      Specs.option("MSG", "The merge revision's message.", "-m", "--message").toBuilder()
          .required(true)
          .build();
  private final OptionSpec branchLabel =
      Specs.option("L", "Label for the merge revision.", "--branch-label");
  private final OptionSpec revId =
      Specs.option("ID", "Use this id instead of a new one.", "--rev-id");

  @Override
  CommandSpec spec() {
    return Specs.command(
            this, "merge", "Write a revision that merges REVS (default: heads) and print its path.")
        .addPositional(revisions)
        .addOption(message)
        .addOption(branchLabel)
        .addOption(revId);
  }

  @Override
  int run(Migrator migrator, Console console) {
    List<String> given = Specs.strings(revisions);
    List<String> parents = given.isEmpty() ? List.of("heads") : given;
    console.line(
        "Generated "
            + migrator.merge(
                parents, Specs.string(message), Specs.string(branchLabel), Specs.string(revId)));
    return Main.OK;
  }
}
