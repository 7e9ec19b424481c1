package dev.migrate.engine.runtime;

import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.util.Optional;

/**
 * A statement sink that also carries transaction control and comments, so that the runner never
 * asks whether it is online: the JDBC sink executes, the script sink writes text.
 */
public interface ExecutionSink extends StatementSink {
  /** Opens a transaction (the script sink writes BEGIN only where DDL is transactional). */
  void begin();

  void commit();

  /** Rolls back the open transaction; the script sink never needs to. */
  void rollback();

  /** A comment for the reader of a rendered script; online sinks ignore it. */
  void comment(String text);

  /**
   * Runs the bookkeeping of a step (version rows, history row). The JDBC sink sends it as one
   * batch, one round trip, and checks the expected row counts.
   */
  void bookkeeping(Runnable emit);

  /** The live connection, empty when rendering offline. */
  Optional<Connection> connection();
}
