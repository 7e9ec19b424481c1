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
    for (String check : report.checks()) {
      console.line(check);
    }
    if (report.passed()) {
      console.line(
          "Verified " + report.checks().size() + " checks: every downgrade undoes its upgrade");
      return Main.OK;
    }
    for (String failure : report.failures()) {
      console.error("ERROR: " + failure);
    }
    int count = report.failures().size();
    console.error("ERROR: verify found " + count + " problem" + (count == 1 ? "" : "s"));
    return Main.FAILED;
  }
}
