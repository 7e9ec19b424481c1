package dev.migrate.cli;

import dev.migrate.engine.Branch;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionEntry;
import picocli.CommandLine.Command;

@Command(name = "branches", description = "Show the branch points and what they branch into.")
final class BranchesCommand extends EngineCommand {
  @Override
  int run(Migrator migrator, Console console) {
    for (Branch branch : migrator.branches()) {
      console.line(branch.point().idWithFlags(false));
      String indent = " ".repeat(branch.point().id().length());
      for (RevisionEntry child : branch.children()) {
        console.line(indent + " -> " + child.idWithFlags(false));
      }
    }
    return Main.OK;
  }
}
