package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class DowngradeCommand extends EngineCommand {
  private final PositionalParamSpec target =
      Specs.positional(
          "TARGET", "1", "-1, base, an id or prefix, label@-1, ...; with --sql a START:END range.");
  private final OptionSpec sql =
      Specs.flag("Print the SQL instead of running it (offline: TARGET is START:END).", "--sql");

  @Override
  CommandSpec spec() {
    return Specs.command(this, "downgrade", "Downgrade the database to TARGET.")
        .addPositional(target)
        .addOption(sql);
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    if (Specs.isSet(sql)) {
      throw new UsageException("--sql renders one database's script: drop --targets");
    }
    return printFleet(fleet.downgrade(Specs.string(target)), console);
  }

  @Override
  boolean stdoutIsData() {
    return Specs.isSet(sql);
  }

  @Override
  int run(Migrator migrator, Console console) {
    String chosen = Specs.string(target);
    if (Specs.isSet(sql)) {
      console.print(migrator.downgradeSql(chosen));
      return Main.OK;
    }
    return printRun(migrator.downgrade(chosen), console);
  }
}
