package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "upgrade",
    description = "Upgrade the database to TARGET (default: heads, every branch to its head).")
final class UpgradeCommand extends EngineCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "TARGET",
      description = "heads, head, label@head, an id or prefix, +N, ...; with --sql also START:END.")
  private String target;

  @Option(
      names = "--sql",
      description =
          "Print the SQL instead of running it: from the database's heads, or offline from"
              + " START:END (default base:heads) with --dialect.")
  private boolean sql;

  @Override
  boolean stdoutIsData() {
    return sql;
  }

  @Override
  int run(Migrator migrator, Console console) {
    if (sql) {
      String argument = target == null ? "heads" : target;
      // As the Maven goal: without a database, a plain target means "from base".
      if (!migrator.config().hasDatabase() && !argument.contains(":")) {
        argument = "base:" + argument;
      }
      console.print(migrator.upgradeSql(argument));
      return Main.OK;
    }
    requireNoRange("upgrade", target);
    return printRun(migrator.upgrade(target), console);
  }
}
