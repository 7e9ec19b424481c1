package dev.migrate.engine.runtime;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.dialect.Dialects;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.jdbc.DatabaseUnavailableException;
import java.util.function.BiFunction;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: with a reachable database and a plain target,
 * the plan starts from its rows and its detected dialect; otherwise from a {@code START:END} range
 * in the configured dialect. Either way the plan runs through the script sink.
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

  public String upgrade(String rangeOrTarget) {
    if (isRange(rangeOrTarget) || !config.hasDatabase()) {
      String range = isRange(rangeOrTarget) ? rangeOrTarget : ":" + rangeOrTarget;
      Plan plan = catalog.planner().upgradeRange(range);
      return render(plan, offlineDialect(), plan.headsBefore().isEmpty());
    }
    try {
      return online(rangeOrTarget, (rows, target) -> catalog.planner().upgrade(rows, target));
    } catch (DatabaseUnavailableException e) {
      if (config.dialect() == null) {
        throw e;
      }
      config.reporter().warn(e.getMessage() + "; rendering from base instead");
      Plan plan = catalog.planner().upgradeRange(":" + rangeOrTarget);
      return render(plan, offlineDialect(), true);
    }
  }

  public String downgrade(String rangeOrTarget) {
    if (isRange(rangeOrTarget)) {
      Plan plan = catalog.planner().downgradeRange(rangeOrTarget);
      return render(plan, offlineDialect(), false);
    }
    if (!config.hasDatabase()) {
      throw new MigrateException(
          "downgrade --sql without a database needs a range START:END, e.g. heads:base, not '"
              + rangeOrTarget
              + "'");
    }
    return online(rangeOrTarget, (rows, target) -> catalog.planner().downgrade(rows, target));
  }

  private String online(String target, BiFunction<java.util.List<String>, String, Plan> planner) {
    return runtime.read(
        db -> {
          Plan plan = planner.apply(db.rows(), target);
          return render(plan, db.dialect(), !db.tablesExist());
        });
  }

  private String render(Plan plan, Dialect dialect, boolean createTables) {
    return runtime.render(plan, dialect, catalog.migrations(), createTables);
  }

  private Dialect offlineDialect() {
    if (config.dialect() == null) {
      throw new MigrateException(
          "Offline SQL needs a dialect: set dialect to postgresql, mariadb, mysql or h2");
    }
    return Dialects.forName(config.dialect());
  }

  private static boolean isRange(String argument) {
    return argument.contains(":");
  }
}
