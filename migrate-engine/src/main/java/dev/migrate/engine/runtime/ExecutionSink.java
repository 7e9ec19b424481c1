package dev.migrate.engine.runtime;

import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.util.Optional;

/**
 * A statement sink that also carries transaction control and comments, and states what it can do,
 * so that the runner never asks what it is: the JDBC sink executes, the script sink writes text.
 */
public interface ExecutionSink extends StatementSink {
  /** Opens a transaction (the script sink writes BEGIN only where DDL is transactional). */
  void begin();

  void commit();

  /** Rolls back the open transaction; the script sink never needs to. */
  void rollback();

  /**
   * Leaves any open transaction: what follows runs statement by statement. A script has nothing to
   * write for it (its statements outside BEGIN ... COMMIT already run so).
   */
  void autocommit();

  /** Sends any statements held back for a batch now; a script has nothing held back. */
  void flush();

  /** A comment for the reader of a rendered script; online sinks ignore it. */
  void comment(String text);

  /**
   * Runs the bookkeeping of a step (version rows, history row). The JDBC sink sends it as one
   * batch, one round trip, and checks the expected row counts.
   */
  void bookkeeping(Runnable emit);

  /**
   * True when statements run on a database as they are emitted: only then does a step take time
   * worth recording, or leave a failure to record in the history table.
   */
  boolean executes();

  /** The live connection for Java migrations, empty when rendering offline. */
  Optional<Connection> connection();

  /**
   * Where a renderer reads the schema that the statements so far built: the live connection, or
   * offline an in-memory copy that the rendered statements also ran on, where the dialect needs
   * one.
   */
  default Optional<Connection> schema() {
    return connection();
  }
}
