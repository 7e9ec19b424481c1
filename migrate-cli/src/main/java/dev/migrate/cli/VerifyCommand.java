package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.VerifyReport;
import picocli.CommandLine.Command;

@Command(
    name = "verify",
    description = {
      "Prove on a scratch database that the scripts have one head, upgrade from base, and that"
          + " every downgrade undoes its upgrade.",
      "Without --url a scratch H2 database is used."
    })
final class VerifyCommand extends EngineCommand {
  @Override
  int run(Migrator migrator, Console console) {
    VerifyReport report = migrator.verify();
    report.checks().forEach(console::line);
    report.failures().forEach(failure -> console.line("FAILED: " + failure));
    if (report.passed()) {
      console.line("verify: " + report.checks().size() + " checks passed");
      return Main.OK;
    }
    console.error("ERROR: verify failed: " + count(report.failures().size(), "problem"));
    return Main.FAILED;
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
