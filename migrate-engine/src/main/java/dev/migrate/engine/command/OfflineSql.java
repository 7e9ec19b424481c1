package dev.migrate.engine.command;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.api.error.DialectRequiredException;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.TargetParser;
import dev.migrate.engine.jdbc.DatabaseUrl;
import dev.migrate.engine.runtime.MigrationRuntime;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: with a reachable database and a plain target,
 * the plan starts from its rows and its detected dialect; otherwise the planner plans the argument
 * offline (a {@code START:END} range, or for an upgrade a plain target from base) in the configured
 * dialect. Either way the plan runs through the script sink.
 */
public final class OfflineSql {
  private final MigrateConfig config;
  private final MigrationRuntime runtime;
  private final Catalog catalog;

  public OfflineSql(MigrateConfig config, MigrationRuntime runtime, Catalog catalog) {
    this.config = config;
    this.runtime = runtime;
    this.catalog = catalog;
  }

  /** The SQL of an upgrade to the argument ({@code heads} when blank). */
  public String upgrade(String argument) {
    String target = argument == null || argument.isBlank() ? "heads" : argument;
    if (TargetParser.isRange(target) || !config.hasDatabase()) {
      Plan plan = catalog.planner().upgradeRange(target);
      return render(plan, offlineDialect(), plan.headsBefore().isEmpty());
    }
    try {
      return online(target, (rows, t) -> catalog.planner().upgrade(rows, t));
    } catch (DatabaseUnavailableException e) {
      if (config.dialect() == null) {
        throw e;
      }
      config.reporter().warn(e.getMessage() + "; rendering from base instead");
      return render(catalog.planner().upgradeRange(target), offlineDialect(), true);
    }
  }

  /** The SQL of a downgrade to a target or over a range; offline the argument must be a range. */
  public String downgrade(String argument) {
    if (TargetParser.isRange(argument) || !config.hasDatabase()) {
      Plan plan = catalog.planner().downgradeRange(argument);
      return render(plan, offlineDialect(), false);
    }
    return online(argument, (rows, target) -> catalog.planner().downgrade(rows, target));
  }

  private String online(String target, BiFunction<List<String>, String, Plan> planner) {
    return runtime.read(
        db -> {
          Plan plan = planner.apply(db.rows(), target);
          return render(plan, db.dialect(), !db.tablesExist());
        });
  }

  private String render(Plan plan, Dialect dialect, boolean createTables) {
    return runtime.render(plan, dialect, catalog.migrations(), createTables);
  }

  /** The dialect setting, else the database the URL names (rendering never connects). */
  private Dialect offlineDialect() {
    if (config.dialect() != null) {
      return Databases.forName(config.dialect());
    }
    if (config.url() != null) {
      String jdbcUrl = DatabaseUrl.parse(config.url()).jdbcUrl();
      DatabaseSupport database = Databases.forUrl(jdbcUrl).orElse(null);
      if (database != null) {
        // jdbc:mysql: and jdbc:mariadb: share a database; the URL's own name picks the dialect.
        String scheme = jdbcUrl.substring(5, Math.max(5, jdbcUrl.indexOf(':', 5)));
        String name =
            database.dialectNames().contains(scheme) ? scheme : database.dialectNames().get(0);
        return Databases.forName(name);
      }
    }
    throw new DialectRequiredException();
  }
}
