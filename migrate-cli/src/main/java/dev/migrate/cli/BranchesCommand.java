package dev.migrate.cli;

import dev.migrate.engine.Branch;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "branches", description = "Show the branch points and what they branch into.")
final class BranchesCommand extends EngineCommand {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print the full entry of each branch point.")
  private boolean verbose;

  @Override
  int run(Migrator migrator, Console console) {
    for (Branch branch : migrator.branches()) {
      RevisionEntry point = branch.point();
      console.line(verbose ? point.verbose() : point.historyLine());
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
