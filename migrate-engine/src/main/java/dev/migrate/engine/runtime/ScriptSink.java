package dev.migrate.engine.runtime;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Renders statements as a script for psql, the mariadb client, the sqlite3 shell or H2's RunScript.
 * Transaction control appears only where the dialect's DDL is transactional (none for MariaDB, as
 * Alembic). Where the dialect renders from the schema, every statement also runs on an in-memory
 * copy ({@link Dialect#offlineSchemaUrl()}) that the renderer reads.
 */
final class ScriptSink implements ExecutionSink {
  private static final List<String> DELIMITERS = List.of("//", "$$", ";;");
  private final Dialect dialect;
  private final Connection schema;
  private final StringBuilder out = new StringBuilder();

  /**
   * @param dialect the target database
   * @param schema the in-memory copy to run the statements on as well, or null
   */
  ScriptSink(Dialect dialect, Connection schema) {
    this.dialect = dialect;
    this.schema = schema;
    for (String sql : dialect.scriptPreamble()) {
      out.append(sql).append(";\n\n");
    }
  }

  @Override
  public void execute(Statement statement) {
    String sql = statement.sql().strip();
    if (dialect.needsDelimiterCommand(sql)) {
      // A compound body (procedure, trigger) would be cut at its first ';' by the client.
      String delimiter = delimiterFor(sql);
      out.append("DELIMITER ")
          .append(delimiter)
          .append('\n')
          .append(sql)
          .append('\n')
          .append(delimiter)
          .append("\nDELIMITER ;\n\n");
    } else {
      out.append(sql).append(";\n\n");
    }
    if (schema != null) {
      try (java.sql.Statement copy = schema.createStatement()) {
        copy.execute(sql);
      } catch (SQLException e) {
        // The copy only lacks what the range rendered does not create (a range that starts after
        // base); a change that needs the missing table says so when it is rendered.
      }
    }
  }

  /** The first of the usual delimiters that the statement does not contain, so none cuts it. */
  private static String delimiterFor(String sql) {
    for (String candidate : DELIMITERS) {
      if (!sql.contains(candidate)) {
        return candidate;
      }
    }
    String delimiter = "$$";
    while (sql.contains(delimiter)) {
      delimiter += "$";
    }
    return delimiter;
  }

  @Override
  public void begin() {
    if (dialect.transactionalDdl()) {
      out.append(dialect.beginTransaction()).append(";\n\n");
    }
  }

  @Override
  public void commit() {
    if (dialect.transactionalDdl()) {
      out.append("COMMIT;\n\n");
    }
  }

  @Override
  public void rollback() {}

  @Override
  public void autocommit() {}

  @Override
  public void flush() {}

  @Override
  public void comment(String text) {
    for (String line : text.split("\\R")) {
      out.append("-- ").append(line).append('\n');
    }
    out.append('\n');
  }

  @Override
  public void bookkeeping(Runnable emit) {
    emit.run();
  }

  @Override
  public boolean executes() {
    return false;
  }

  @Override
  public Optional<Connection> connection() {
    return Optional.empty();
  }

  @Override
  public Optional<Connection> schema() {
    return Optional.ofNullable(schema);
  }

  String text() {
    return out.toString();
  }
}
