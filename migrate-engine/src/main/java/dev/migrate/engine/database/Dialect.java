package dev.migrate.engine.database;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.lint.LintRule;
import dev.migrate.engine.sql.SqlSyntax;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The facts about one database, as one connection (or offline rendering) sees it, that the engine
 * needs. Implementations are small and immutable; the database's {@link DatabaseSupport} makes one
 * from JDBC metadata or by name, through {@link Databases}.
 */
public interface Dialect {
  /** The database, for Java migrations that branch on it ({@code Operations.database()}). */
  DatabaseKind kind();

  /**
   * The name offline rendering accepts: {@code postgresql}, {@code mariadb}, {@code mysql}, {@code
   * h2}.
   */
  String name();

  /** The splitter rules for scripts run against this database. */
  SqlSyntax syntax();

  /** Whether DDL takes part in transactions (PostgreSQL) or commits by itself (MariaDB, H2). */
  boolean transactionalDdl();

  /**
   * Why {@code sql} cannot run inside a transaction on this database, as the words that decide it
   * ({@code "CREATE INDEX CONCURRENTLY"}), or empty when it can. Found before anything runs, so the
   * error can name the statement where the database would only say "cannot run inside a transaction
   * block".
   */
  default Optional<String> nonTransactional(String sql) {
    return Optional.empty();
  }

  /**
   * Whether several sessions may run DDL at once, each in its own schema. False where the server
   * locks one catalog for every DDL statement and times the others out (H2), or has one writer
   * (SQLite): a fleet of schemas on one such server changes one target at a time.
   */
  default boolean concurrentDdl() {
    return true;
  }

  /**
   * True when the runtime may queue a transaction's statements and send them with the step's
   * bookkeeping and COMMIT as one batch, one round trip per step.
   */
  default boolean pipelinesStatements() {
    return false;
  }

  /** The lock that serialises runners on this database. */
  LockProtocol lock();

  /** The renderer for Java migrations' operations, folding names as this connection does. */
  StatementRenderer renderer();

  /**
   * The statement that creates the configured schema for migrate's tables in a new database, or
   * empty where a schema is a database of its own (MariaDB/MySQL).
   */
  default Optional<String> createSchemaIfMissing(String schema) {
    return Optional.of("CREATE SCHEMA IF NOT EXISTS " + schema);
  }

  /**
   * The statement that makes {@code schema} the session's default for unqualified names, so one set
   * of scripts serves every tenant schema of a fleet.
   */
  default String useSchema(String schema) {
    return "SET SCHEMA " + quote(schema);
  }

  /**
   * True when a statement in a rendered script needs the mysql client's {@code DELIMITER} command
   * around it because it contains the delimiter itself.
   */
  default boolean needsDelimiterCommand(String sql) {
    return syntax().has(SqlSyntax.Rule.DELIMITER_COMMAND) && sql.contains(";");
  }

  /** Quotes an identifier that has already been validated. */
  String quote(String identifier);

  /** {@code schema.table}, quoted; the schema may be null for the connection's default. */
  default String qualify(String schema, String table) {
    return schema == null ? quote(table) : quote(schema) + "." + quote(table);
  }

  /** A string literal; null becomes {@code NULL}. */
  default String literal(String value) {
    return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
  }

  /**
   * The SQL expression the history table's {@code applied_by} records: the database user, or where
   * the database has no users (SQLite) the operating-system user as a literal.
   */
  default String currentUser() {
    return "CURRENT_USER";
  }

  /**
   * The JDBC URL of an empty in-memory database of this kind, where rendering a script offline
   * needs the schema that the script's earlier statements built (SQLite recreates a table to alter
   * it, and must know the rest of the table): the runtime then also runs the rendered statements
   * there, and the renderer reads it. Empty where rendering never needs the schema.
   */
  default Optional<String> offlineSchemaUrl() {
    return Optional.empty();
  }

  /** The statement that opens a transaction in a rendered script. */
  default String beginTransaction() {
    return "BEGIN";
  }

  /** The version table: Alembic's exact shape, {@code version_num VARCHAR(32) NOT NULL} + PK. */
  default String createVersionTable(String qualifiedTable, String primaryKeyName) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (version_num VARCHAR(32) NOT NULL, CONSTRAINT "
        + quote(primaryKeyName)
        + " PRIMARY KEY (version_num))";
  }

  /** The history table: one row per step, see SPEC section 4. */
  String createHistoryTable(String qualifiedTable, String primaryKeyName);

  /**
   * A query with two parameters (schema or null for the current one, table name as stored) that
   * returns a row when the table exists.
   */
  String tableExistsQuery();

  /**
   * True when {@link java.sql.DatabaseMetaData#getTables} answers the existence probe more cheaply
   * than {@link #tableExistsQuery()}; the probe then asks the metadata instead.
   */
  default boolean probesTablesThroughMetadata() {
    return false;
  }

  /** How the database stores an unquoted-safe identifier we created with {@link #quote}. */
  default String storedName(String identifier) {
    return identifier;
  }

  /**
   * An SQL expression for the milliseconds since the current transaction began, so a history row
   * sent in the same round trip as the step's statements can still record how long they took; null
   * where the database has none (the runtime measures the time itself there).
   */
  default String millisSinceTransactionStart() {
    return null;
  }

  /**
   * Statements that open a rendered script, so that the client reads the file as UTF-8 whatever its
   * own default encoding (a DBA's terminal may not be UTF-8), as pg_dump and mysqldump do.
   */
  default List<String> scriptPreamble() {
    return List.of();
  }

  /**
   * Session settings for a migration run that trade per-commit flushes for one durable flush at the
   * end ({@link #durableFlush()}); empty where the database has no such choice.
   */
  default List<String> fastCommitSettings() {
    return List.of();
  }

  /**
   * Session settings under which the tables, views, sequences and types a session creates without
   * naming a schema are temporary: its own, gone with it, and never synced to disk. A scratch
   * database that is only built to be read (a model's schema) is built faster so. Empty where the
   * database has no such thing.
   */
  default List<String> temporaryObjectsSettings() {
    return List.of();
  }

  /**
   * Whether a statement, by its words, keeps to what {@link #temporaryObjectsSettings()} makes
   * temporary: false for one that makes a function, schema or extension or names a table's schema.
   * Only spares building a scratch database twice; {@link #onlyTemporaryObjects} decides.
   */
  default boolean keepsToTemporaryObjects(String sql) {
    return true;
  }

  /**
   * Whether everything the session created under {@link #temporaryObjectsSettings()} is in its
   * temporary schema: nothing in another schema, no schema, no extension. A read of it is then the
   * read the same statements would give on ordinary tables.
   */
  default boolean onlyTemporaryObjects(Connection connection) throws SQLException {
    return true;
  }

  /**
   * Drops the tables made under {@link #temporaryObjectsSettings()} before the session ends, in
   * transactions small enough for the server's lock table.
   */
  default void dropTemporaryObjects(Connection connection) throws SQLException {}

  /**
   * Best-effort session settings for a migration connection (each may fail harmlessly on older
   * servers), e.g. ending the server's work soon after the client dies.
   */
  default List<String> sessionSettings() {
    return List.of();
  }

  /**
   * Statements that make every earlier commit of the session durable; run in their own transaction
   * after the last revision. Empty where commits are always durable.
   */
  default List<String> durableFlush() {
    return List.of();
  }

  /**
   * The lint rules for scripts run against this database (lock levels, rewrites, transaction
   * limits); empty where no lock rule applies (H2, a development database).
   */
  default List<LintRule> lintRules() {
    return List.of();
  }

  /**
   * Session statements that make every later statement give up waiting for a table lock after
   * {@code timeout} (PostgreSQL {@code lock_timeout}, MariaDB/MySQL {@code lock_wait_timeout}).
   */
  default List<String> statementLockTimeout(Duration timeout) {
    return List.of();
  }

  /** True when the failure is a statement that gave up waiting for a lock. */
  default boolean isLockTimeout(SQLException failure) {
    return false;
  }

  /**
   * Who holds locks that a statement waits for, as one phrase for an error message ({@code "pid
   * 4711 (idle in transaction since 10:02:11, last query: LOCK TABLE orders)"}), or empty where the
   * database cannot tell. Best effort: a failure to ask is empty.
   */
  default Optional<String> lockHolders(Connection connection, String sql) {
    return Optional.empty();
  }
}
