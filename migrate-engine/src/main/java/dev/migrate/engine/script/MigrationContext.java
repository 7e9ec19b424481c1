package dev.migrate.engine.script;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.util.Optional;

/**
 * What a migration sees while it runs: the target dialect, the sink for its statements and, online
 * only, the connection (empty when rendering SQL offline).
 *
 * @param dialect the target database
 * @param sink receives the statements
 * @param connection the live connection, empty offline
 * @param schema where the renderer may read the schema that the statements so far built: the live
 *     connection online; offline, for a dialect that {@link Dialect#offlineSchemaUrl() needs it},
 *     an in-memory database that the rendered statements also ran on; else empty
 */
public record MigrationContext(
    Dialect dialect,
    StatementSink sink,
    Optional<Connection> connection,
    Optional<Connection> schema) {

  /** A context whose renderer reads the schema, if at all, from the live connection. */
  public MigrationContext(Dialect dialect, StatementSink sink, Optional<Connection> connection) {
    this(dialect, sink, connection, connection);
  }
}
