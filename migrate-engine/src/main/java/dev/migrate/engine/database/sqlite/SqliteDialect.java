package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.StatementRenderer;
import dev.migrate.engine.sql.SqlSyntax;
import dev.migrate.engine.sql.SqlSyntax.Rule;
import java.util.List;
import java.util.Optional;

/**
 * SQLite: transactional DDL (a revision, its version row and its history row commit together),
 * double-quoted identifiers kept as written, a lock on a side file, and tables recreated for the
 * ALTERs SQLite lacks.
 */
final class SqliteDialect implements Dialect {
  /** The sqlite3 shell's rules: backtick identifiers, and trigger bodies hide delimiters. */
  static final SqlSyntax SYNTAX = SqlSyntax.of(Rule.BACKTICK_IDENTIFIERS, Rule.TRIGGER_BODIES);

  /**
   * Foreign keys are not enforced during a run: with enforcement on, dropping the old table while
   * recreating it would run its ON DELETE actions (and cascade into the rows that refer to it). The
   * setting cannot change inside a transaction, so it is made before the first one.
   */
  private static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys = OFF";

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.SQLITE;
  }

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public SqlSyntax syntax() {
    return SYNTAX;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public boolean concurrentDdl() {
    return false;
  }

  @Override
  public LockProtocol lock() {
    return new FileLock();
  }

  @Override
  public StatementRenderer renderer() {
    return new SqliteRenderer(null);
  }

  // A schema is an attached database file, which migrate does not create.
  @Override
  public Optional<String> createSchemaIfMissing(String schema) {
    return Optional.empty();
  }

  @Override
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  // SQLite has no users: the history records who ran migrate on this machine.
  @Override
  public String currentUser() {
    return literal(System.getProperty("user.name", "unknown"));
  }

  @Override
  public Optional<String> offlineSchemaUrl() {
    return Optional.of("jdbc:sqlite::memory:");
  }

  @Override
  public List<String> sessionSettings() {
    return List.of(FOREIGN_KEYS_OFF);
  }

  @Override
  public List<String> scriptPreamble() {
    return List.of(FOREIGN_KEYS_OFF);
  }

  @Override
  public String createHistoryTable(String qualifiedTable, String primaryKeyName) {
    // INTEGER PRIMARY KEY is the rowid: an insert without id numbers the row.
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (id INTEGER NOT NULL,"
        + " revision VARCHAR(32),"
        + " direction VARCHAR(10) NOT NULL,"
        + " heads_before VARCHAR(2000) NOT NULL,"
        + " heads_after VARCHAR(2000) NOT NULL,"
        + " checksum VARCHAR(100),"
        + " applied_by VARCHAR(255) NOT NULL,"
        + " applied_at TIMESTAMP NOT NULL,"
        + " execution_ms BIGINT,"
        + " success BOOLEAN NOT NULL,"
        + " error_message TEXT,"
        + " CONSTRAINT "
        + quote(primaryKeyName)
        + " PRIMARY KEY (id))";
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM pragma_table_list WHERE schema = COALESCE(?, 'main') AND name = ?";
  }
}
