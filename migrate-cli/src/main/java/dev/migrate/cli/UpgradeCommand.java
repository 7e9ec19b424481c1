package dev.migrate.cli;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class UpgradeCommand extends EngineCommand {
  private final PositionalParamSpec target =
      Specs.positional(
          "TARGET",
          "0..1",
          "heads, head, label@head, an id or prefix, +N, ...; with --sql also START:END.");
  private final OptionSpec sql =
      Specs.flag(
          "Print the SQL instead of running it: from the database's heads, or offline from"
              + " START:END (default base:heads) with --dialect.",
          "--sql");

  @Override
  CommandSpec spec() {
    return Specs.command(
            this,
            "upgrade",
            "Upgrade the database to TARGET (default: heads, every branch to its head).")
        .addPositional(target)
        .addOption(sql);
  }

  @Override
  int runFleet(Fleet fleet, Console console) {
    if (Specs.isSet(sql)) {
      throw new UsageException("--sql renders one database's script: drop --targets");
    }
    return printFleet(fleet.upgrade(Specs.string(target)), console);
  }

  @Override
  boolean stdoutIsData() {
    return Specs.isSet(sql);
  }

  @Override
  int run(Migrator migrator, Console console) {
    String chosen = Specs.string(target);
    if (Specs.isSet(sql)) {
      console.print(migrator.upgradeSql(chosen));
      return Main.OK;
    }
    return printRun(migrator.upgrade(chosen), console);
  }
}
