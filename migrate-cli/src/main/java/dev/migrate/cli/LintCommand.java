package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.LintOptions;
import dev.migrate.engine.api.LintResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class LintCommand extends EngineCommand {
  private final PositionalParamSpec selection =
      Specs.positional(
          "RANGE",
          "0..1",
          "A range (base:heads, ae10:), a revision or a script file (default: the pending"
              + " revisions, or all without a database).");

  @Override
  CommandSpec spec() {
    return Specs.command(
            this,
            "lint",
            "Find lock-heavy operations in revisions; exit 1 on findings at --fail-on or above.")
        .addPositional(selection);
  }

  // JSON and GitHub annotations are data on stdout.
  @Override
  boolean stdoutIsData() {
    return true;
  }

  @Override
  int run(Migrator migrator, Console console) {
    LintOptions options = migrator.config().lint();
    LintResult result = migrator.lint(Specs.string(selection));
    result.render(options.format()).forEach(console::line);
    return result.fails(options.failOn()) ? Main.FAILED : Main.OK;
  }
}
