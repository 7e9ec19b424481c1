package dev.migrate.engine.script;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.util.Optional;

/**
 * What a migration sees while it runs: the target dialect, the sink for its statements and, online
 * only, the connection (empty when rendering SQL offline).
 */
public record MigrationContext(
    Dialect dialect, StatementSink sink, Optional<Connection> connection) {}
