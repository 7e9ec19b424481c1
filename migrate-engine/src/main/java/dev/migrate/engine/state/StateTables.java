package dev.migrate.engine.state;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.database.Dialect;

/**
 * The names of the engine's tables in one dialect. Names were validated by {@link MigrateConfig}
 * and are always quoted here, so configuration can never inject SQL.
 *
 * @param dialect the database's dialect
 * @param schema the schema holding the tables, or null for the connection's default
 * @param versionTable version table name as configured
 * @param historyTable history table name as configured
 */
public record StateTables(
    Dialect dialect, String schema, String versionTable, String historyTable) {

  public static StateTables of(Dialect dialect, MigrateConfig config) {
    return new StateTables(dialect, config.schema(), config.versionTable(), config.historyTable());
  }

  public VersionTable version() {
    return new VersionTable(this);
  }

  public HistoryTable history() {
    return new HistoryTable(this);
  }

  String qualifiedVersion() {
    return dialect.qualify(schema, versionTable);
  }

  String qualifiedHistory() {
    return dialect.qualify(schema, historyTable);
  }

  /** The lock row's table, for databases without a session lock function. */
  String qualifiedLock() {
    return dialect.qualify(schema, lockTable(versionTable));
  }

  /** The name of the lock row's table that goes with a version table. */
  public static String lockTable(String versionTable) {
    return versionTable + "_lock";
  }

  /** A name that identifies this set of tables inside one database, for lock keys. */
  String lockName() {
    return "migrate:" + (schema == null ? "" : schema + ".") + versionTable;
  }
}
