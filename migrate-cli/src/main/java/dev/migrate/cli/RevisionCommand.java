package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision", description = "Write a new revision script and print its path.")
final class RevisionCommand extends EngineCommand {
  @Option(
      names = {"-m", "--message"},
      required = true,
      paramLabel = "MSG",
      description = "What the revision does; also the file name's slug.")
  private String message;

  @Option(
      names = "--head",
      paramLabel = "H",
      description = "The parent: base for a new root, label@head, an id (default: the one head).")
  private String head;

  @Option(names = "--splice", description = "Allow a parent that is not a head.")
  private boolean splice;

  @Option(names = "--branch-label", paramLabel = "L", description = "Label for the new revision.")
  private String branchLabel;

  @Option(
      names = "--depends-on",
      paramLabel = "R",
      split = ",",
      description = "Revisions (ids, prefixes or labels) this one depends on; repeatable.")
  private List<String> dependsOn = new ArrayList<>();

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a new one.")
  private String revId;

  @Option(
      names = "--version-path",
      paramLabel = "P",
      description = "Directory to write into (default: the first filesystem location).")
  private Path versionPath;

  @Override
  int run(Migrator migrator, Console console) {
    Path directory =
        versionPath == null ? null : migrator.config().baseDirectory().resolve(versionPath);
    RevisionRequest request =
        new RevisionRequest(message, head, splice, branchLabel, dependsOn, revId, directory);
    console.line("Generated " + migrator.revision(request));
    return Main.OK;
  }
}
