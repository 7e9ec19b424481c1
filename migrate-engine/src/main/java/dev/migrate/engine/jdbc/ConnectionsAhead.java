package dev.migrate.engine.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections opened one after another on a background thread before anyone asks for them, so that
 * a command's connecting (driver loading, TCP, authentication: about 0.2 s in a fresh JVM) overlaps
 * its loading of scripts. {@link #take()} hands them out in order. A failure is kept and thrown to
 * the caller that takes that connection, so it reads as if that connection had been opened when it
 * was needed; the connections after it open on demand.
 *
 * <p>Closing never waits: what the thread opens after {@link #close()} it closes itself, and what
 * fails after it is dropped, so a command that fails while loading scripts does not wait for an
 * unreachable server.
 */
final class ConnectionsAhead implements Runnable {
  private final ConnectionFactory factory;
  private final Connection[] opened;
  private final Throwable[] failures;
  private int resolved;
  private int taken;
  private boolean closed;

  private ConnectionsAhead(ConnectionFactory factory, int count) {
    this.factory = factory;
    this.opened = new Connection[count];
    this.failures = new Throwable[count];
  }

  /** Starts opening {@code count} connections of a plain {@code factory} on a daemon thread. */
  static ConnectionsAhead start(ConnectionFactory factory, int count) {
    ConnectionsAhead ahead = new ConnectionsAhead(factory, count);
    Thread thread = new Thread(ahead, "migrate-connect");
    thread.setDaemon(true);
    thread.start();
    return ahead;
  }

  @Override
  public void run() {
    for (int i = 0; i < opened.length; i++) {
      synchronized (this) {
        if (closed) {
          return;
        }
      }
      Connection connection = null;
      Throwable failure = null;
      try {
        connection = factory.open();
      } catch (RuntimeException | Error e) {
        // Kept for the caller, or dropped after a close: a Maven plugin's class realm may be gone
        // by then, and this thread must never print anything of its own.
        failure = e;
      }
      synchronized (this) {
        if (closed) {
          closeQuietly(connection);
          return;
        }
        opened[i] = connection;
        failures[i] = failure;
        // After a failure the caller learns of it; the remaining slots open on demand.
        resolved = failure == null ? i + 1 : opened.length;
        notifyAll();
        if (failure != null) {
          return;
        }
      }
    }
  }

  /**
   * The next connection opened ahead, waiting for it; null when none is left to hand out (the
   * caller opens one itself).
   */
  synchronized Connection take() {
    if (closed || taken >= opened.length) {
      return null;
    }
    int slot = taken++;
    try {
      while (resolved <= slot) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (failures[slot] instanceof Error error) {
      throw error;
    }
    if (failures[slot] != null) {
      throw (RuntimeException) failures[slot];
    }
    return opened[slot];
  }

  /** Closes the connections opened and never taken; those still opening close when they arrive. */
  synchronized void close() {
    closed = true;
    for (int i = taken; i < opened.length; i++) {
      closeQuietly(opened[i]);
      opened[i] = null;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException | RuntimeException | LinkageError e) {
      // It was never used; nothing to tell anyone (and its classes may be gone with a Maven realm).
    }
  }
}
