package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.StatementRenderer;
import dev.migrate.engine.lint.LintRule;
import dev.migrate.engine.sql.SqlSyntax;
import dev.migrate.engine.sql.SqlSyntax.Rule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MariaDB and MySQL: DDL commits by itself, backtick identifiers, {@code GET_LOCK}. */
final class MariaDbDialect implements Dialect {
  /** The mysql client's rules. */
  static final SqlSyntax SYNTAX =
      SqlSyntax.of(
          Rule.BACKSLASH_ESCAPES,
          Rule.DOUBLE_QUOTED_STRINGS,
          Rule.BACKTICK_IDENTIFIERS,
          Rule.HASH_COMMENTS,
          Rule.DASH_COMMENT_NEEDS_SPACE,
          Rule.EXECUTABLE_COMMENTS,
          Rule.STORED_PROGRAMS,
          Rule.DELIMITER_COMMAND);

  private final DatabaseKind kind;

  MariaDbDialect(DatabaseKind kind) {
    this.kind = kind;
  }

  @Override
  public DatabaseKind kind() {
    return kind;
  }

  @Override
  public String name() {
    return kind == DatabaseKind.MYSQL ? "mysql" : "mariadb";
  }

  @Override
  public SqlSyntax syntax() {
    return SYNTAX;
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public LockProtocol lock() {
    return new NamedLock();
  }

  @Override
  public StatementRenderer renderer() {
    return new MariaDbRenderer();
  }

  // A schema is a database of its own here; the scratch database is the schema.
  @Override
  public Optional<String> createSchemaIfMissing(String schema) {
    return Optional.empty();
  }

  // A schema is a database here: the current database is the default for unqualified names.
  @Override
  public String useSchema(String schema) {
    return "USE " + quote(schema);
  }

  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public String literal(String value) {
    // Backslash is an escape character in MySQL strings unless NO_BACKSLASH_ESCAPES is set.
    return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public String beginTransaction() {
    return "START TRANSACTION";
  }

  @Override
  public String createHistoryTable(String qualifiedTable, String primaryKeyName) {
    return "CREATE TABLE IF NOT EXISTS "
        + qualifiedTable
        + " (id BIGINT NOT NULL AUTO_INCREMENT,"
        + " revision VARCHAR(32),"
        + " direction VARCHAR(10) NOT NULL,"
        + " heads_before VARCHAR(2000) NOT NULL,"
        + " heads_after VARCHAR(2000) NOT NULL,"
        + " checksum VARCHAR(100),"
        + " applied_by VARCHAR(255) NOT NULL,"
        + " applied_at DATETIME(3) NOT NULL,"
        + " execution_ms BIGINT,"
        + " success BOOLEAN NOT NULL,"
        + " error_message TEXT,"
        + " PRIMARY KEY (id))";
  }

  @Override
  public String tableExistsQuery() {
    return "SELECT 1 FROM information_schema.tables"
        + " WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?";
  }

  @Override
  public List<String> scriptPreamble() {
    return List.of("SET NAMES utf8mb4");
  }

  @Override
  public List<LintRule> lintRules() {
    return MariaDbLint.rules();
  }

  // Whole seconds, at least one: metadata locks (DDL) and InnoDB row locks (backfills) alike.
  @Override
  public List<String> statementLockTimeout(Duration timeout) {
    long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
    return List.of(
        "SET SESSION lock_wait_timeout = " + seconds,
        "SET SESSION innodb_lock_wait_timeout = " + seconds);
  }

  // ER_LOCK_WAIT_TIMEOUT: a metadata-lock or row-lock wait that gave up.
  @Override
  public boolean isLockTimeout(SQLException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == 1205) {
        return true;
      }
    }
    return false;
  }

  // The usual holders of a metadata lock: other sessions with an open InnoDB transaction.
  @Override
  public Optional<String> lockHolders(Connection connection, String sql) {
    List<String> holders = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT trx_mysql_thread_id, trx_started, trx_query"
                    + " FROM information_schema.INNODB_TRX"
                    + " WHERE trx_mysql_thread_id <> CONNECTION_ID() ORDER BY trx_started");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        holders.add(
            "connection "
                + rows.getLong(1)
                + " (transaction open since "
                + rows.getTimestamp(2)
                + (rows.getString(3) == null ? "" : ", running: " + rows.getString(3).strip())
                + ")");
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
    return holders.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holders));
  }
}
