package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.VerifyOptions;
import dev.migrate.engine.api.VerifyReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class VerifyCommand extends EngineCommand {
  private final OptionSpec scratchUrl =
      Specs.option(
          "URL",
          "Where the throwaway database is made: a PostgreSQL/MariaDB server URL (a uniquely named"
              + " database is created there and dropped) or an H2 URL (in-memory H2 in that mode)."
              + " Default: the --url database's server, else in-memory H2.",
          "--scratch-url");
  private final OptionSpec expectedHeads =
      Specs.listOption(
          "H,...", "The heads the scripts must have (default: exactly one).", "--expected-heads");

  @Override
  CommandSpec spec() {
    return Specs.command(
            this,
            "verify",
            "Prove on a scratch database that the scripts have one head, upgrade from base, and"
                + " that every downgrade undoes its upgrade.",
            "The configured database is never touched.")
        .addOption(scratchUrl)
        .addOption(expectedHeads);
  }

  @Override
  int run(Migrator migrator, Console console) {
    // The engine reports each check and each failure as it goes; only the outcome is left.
    VerifyReport report =
        migrator.verify(new VerifyOptions(Specs.string(scratchUrl), Specs.strings(expectedHeads)));
    if (report.passed()) {
      console.line(
          "Verified " + report.checks().size() + " checks: every downgrade undoes its upgrade");
      return Main.OK;
    }
    int count = report.failures().size();
    console.error("ERROR: verify found " + count + " problem" + (count == 1 ? "" : "s"));
    return Main.FAILED;
  }
}
