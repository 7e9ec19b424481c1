package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Branch;
import dev.migrate.engine.api.RevisionEntry;
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
      RevisionEntry point = branch.point();
      console.line(Specs.isSet(verbose) ? point.verbose() : point.historyLine());
      String indent = " ".repeat(point.id().length());
      for (RevisionEntry child : branch.children()) {
        String message = firstLine(child.message());
        console.line(
            indent + " -> " + child.idWithFlags(false) + (message.isEmpty() ? "" : ", " + message));
      }
    }
    return Main.OK;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
