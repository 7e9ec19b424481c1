package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.jpa.JpaModel;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class RevisionCommand extends EngineCommand {
  private final OptionSpec message =
      Specs.option("MSG", "What the revision does; also the file name's slug.", "-m", "--message")
          .toBuilder()
          .required(true)
          .build();
  private final OptionSpec head =
      Specs.option(
          "H",
          "The parent: base for a new root, label@head, an id (default: the one head).",
          "--head");
  private final OptionSpec splice = Specs.flag("Allow a parent that is not a head.", "--splice");
  private final OptionSpec branchLabel =
      Specs.option("L", "Label for the new revision.", "--branch-label");
  private final OptionSpec dependsOn =
      Specs.listOption(
          "R",
          "Revisions (ids, prefixes or labels) this one depends on; repeatable.",
          "--depends-on");
  private final OptionSpec autogenerate =
      Specs.flag(
          "Write the statements from the difference between the scripts and --model, proven on a"
              + " scratch database first; nothing is written when they agree.",
          "--autogenerate");
  private final OptionSpec revId =
      Specs.option("ID", "Use this id instead of a new one.", "--rev-id");
  private final OptionSpec versionPath =
      Specs.option(
          "P",
          "Directory to write into (default: the first filesystem location).",
          "--version-path");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "revision", "Write a new revision script and print its path.")
        .addOption(message)
        .addOption(head)
        .addOption(splice)
        .addOption(branchLabel)
        .addOption(dependsOn)
        .addOption(autogenerate)
        .addOption(revId)
        .addOption(versionPath);
  }

  @Override
  int run(Migrator migrator, Console console) {
    String path = Specs.string(versionPath);
    Path directory = path == null ? null : migrator.config().baseDirectory().resolve(path);
    RevisionRequest request =
        new RevisionRequest(
            Specs.string(message),
            Specs.string(head),
            Specs.isSet(splice),
            Specs.string(branchLabel),
            Specs.strings(dependsOn),
            Specs.string(revId),
            directory);
    if (Specs.isSet(autogenerate)) {
      migrator
          .autogenerate(
              request, JpaModel.forConfig(migrator.config(), migrator.config().classLoader()))
          .path()
          .ifPresent(written -> console.line("Generated " + written));
      return Main.OK;
    }
    console.line("Generated " + migrator.revision(request));
    return Main.OK;
  }
}
