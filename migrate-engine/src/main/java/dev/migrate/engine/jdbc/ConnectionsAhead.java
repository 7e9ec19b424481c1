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
 * <p>Closing waits for a connection still being opened: the caller's class loader may be closed
 * right after (a Maven plugin's realm is), and a driver that loads classes or resources from it
 * then fails, H2 with a stack trace of its own on stderr. For a database in this JVM the wait has
 * no bound (there is no network to hang on); for a server it is at most {@link #CLOSE_WAIT_MILLIS},
 * after which the thread is left to close what arrives and drop any failure, so a command that
 * fails while loading scripts waits at most that long for an unreachable server.
 */
final class ConnectionsAhead implements Runnable {
  static final long CLOSE_WAIT_MILLIS = 2_000;
  private final ConnectionFactory factory;
  private final Connection[] opened;
  private final Throwable[] failures;
  private final long closeWaitMillis;
  private int resolved;
  private int taken;
  private boolean closed;
  private Thread thread;

  private ConnectionsAhead(ConnectionFactory factory, int count, boolean inProcess) {
    this.factory = factory;
    this.closeWaitMillis = inProcess ? 0 : CLOSE_WAIT_MILLIS;
    this.opened = new Connection[count];
    this.failures = new Throwable[count];
  }

  /**
   * Starts opening {@code count} connections of a plain {@code factory} on a daemon thread; {@code
   * inProcess} when the database runs in this JVM (closing then waits for an open without bound).
   */
  static ConnectionsAhead start(ConnectionFactory factory, int count, boolean inProcess) {
    ConnectionsAhead ahead = new ConnectionsAhead(factory, count, inProcess);
    ahead.thread = new Thread(ahead, "migrate-connect");
    ahead.thread.setDaemon(true);
    ahead.thread.start();
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
      taken = slot; // not handed out: closing closes it
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

  /**
   * Closes the connections opened and never taken, after waiting for one still being opened (see
   * the class comment for how long); one that arrives later still is closed by the thread.
   */
  void close() {
    synchronized (this) {
      closed = true;
      for (int i = taken; i < opened.length; i++) {
        closeQuietly(opened[i]);
        opened[i] = null;
      }
    }
    try {
      thread.join(closeWaitMillis); // 0: until it ends
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
