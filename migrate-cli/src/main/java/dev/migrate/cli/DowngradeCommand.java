package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Downgrade the database to TARGET.")
final class DowngradeCommand extends EngineCommand {
  @Parameters(
      paramLabel = "TARGET",
      description = "-1, base, an id or prefix, label@-1, ...; with --sql a START:END range.")
  private String target;

  @Option(
      names = "--sql",
      description = "Print the SQL instead of running it (offline: TARGET is START:END).")
  private boolean sql;

  @Override
  boolean stdoutIsData() {
    return sql;
  }

  @Override
  int run(Migrator migrator, Console console) {
    if (sql) {
      console.print(migrator.downgradeSql(target));
      return Main.OK;
    }
    requireNoRange("downgrade", target);
    return printRun(migrator.downgrade(target), console);
  }
}
