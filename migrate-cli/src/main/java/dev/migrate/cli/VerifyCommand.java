package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.VerifyOptions;
import dev.migrate.engine.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "verify",
    description = {
      "Prove on a scratch database that the scripts have one head, upgrade from base, and that"
          + " every downgrade undoes its upgrade.",
      "The configured database is never touched."
    })
final class VerifyCommand extends EngineCommand {
  @Option(
      names = "--scratch-url",
      paramLabel = "URL",
      description =
          "Where the throwaway database is made: a PostgreSQL/MariaDB server URL (a uniquely named"
              + " database is created there and dropped) or an H2 URL (in-memory H2 in that mode)."
              + " Default: the --url database's server, else in-memory H2.")
  private String scratchUrl;

  @Option(
      names = "--expected-heads",
      paramLabel = "H,...",
      split = ",",
      description = "The heads the scripts must have (default: exactly one).")
  private List<String> expectedHeads = new ArrayList<>();

  @Override
  int run(Migrator migrator, Console console) {
    VerifyReport report = migrator.verify(new VerifyOptions(scratchUrl, expectedHeads));
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
