package dev.migrate.engine.command;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.script.HeaderCache;
import dev.migrate.engine.script.Location;
import dev.migrate.engine.script.LocationException;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationLoader;
import dev.migrate.engine.script.ScriptException;
import dev.migrate.engine.script.SqlMigration;
import dev.migrate.engine.sql.SqlSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded migrations (SQL scripts and Java migrations) and the graph built from them.
 *
 * @param migrations by revision id, in load order
 * @param graph the validated revision graph
 */
public record Catalog(Map<String, Migration> migrations, RevisionGraph graph) {

  /** Loads every location of the configuration (scripts and Java classes) and builds the graph. */
  public static Catalog load(MigrateConfig config) {
    return of(
        MigrationLoader.standard(headerCache(config))
            .load(config.locations(), config.classLoader(), config.baseDirectory()));
  }

  private static HeaderCache headerCache(MigrateConfig config) {
    return config.scriptCacheDirectory() == null
        ? HeaderCache.none()
        : HeaderCache.in(config.scriptCacheDirectory(), config.reporter());
  }

  /**
   * Like {@link #load}, but locations that are missing or hold no script yet load as nothing, for
   * {@code current} on a project whose first script is still to come. A malformed location is still
   * an error.
   */
  public static Catalog loadAllowingNone(MigrateConfig config) {
    try {
      return load(config);
    } catch (LocationException e) {
      MigrationLoader loader = MigrationLoader.standard();
      for (String raw : config.locations()) {
        Location location = Location.parse(raw, config.baseDirectory());
        if (MigrationLoader.prefixlessAndMissing(raw, location, config.classLoader())
            || !loader.loadIfPresent(location, config.classLoader()).isEmpty()) {
          throw e;
        }
      }
      return of(List.of());
    }
  }

  /** A catalog over migrations already loaded (tests, embedding). */
  public static Catalog of(List<Migration> migrations) {
    Map<String, Migration> byId = new LinkedHashMap<>();
    for (Migration migration : migrations) {
      byId.put(migration.revision().id(), migration);
    }
    return new Catalog(
        byId, RevisionGraph.of(migrations.stream().map(Migration::revision).toList()));
  }

  /**
   * Every script that does not split in the given syntax, as one problem each (file, line and
   * revision), found before anything runs.
   */
  public List<String> splitProblems(SqlSyntax syntax) {
    List<String> problems = new ArrayList<>();
    for (Migration migration : migrations.values()) {
      if (migration instanceof SqlMigration sql) {
        try {
          sql.requireSplittable(syntax);
        } catch (ScriptException e) {
          problems.add(e.getMessage());
        }
      }
    }
    return problems;
  }

  public Planner planner() {
    return new Planner(graph);
  }
}
