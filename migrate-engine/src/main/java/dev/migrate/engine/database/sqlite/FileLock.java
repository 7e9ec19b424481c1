package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.database.LockProtocol;
import dev.migrate.engine.database.LockRequest;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite has no session lock: runners serialise on a write transaction ({@code BEGIN IMMEDIATE})
 * held open on a side file, {@code <database>-migrate-lock}, an SQLite database of its own. The
 * database file itself stays free for the run's own transactions. SQLite's write lock is the
 * operating system's file lock, so it dies with the process that held it: a killed runner never
 * leaves a lock behind. A database in memory is this connection's alone and needs no lock.
 */
final class FileLock implements LockProtocol {
  /** The side file's suffix. */
  static final String SUFFIX = "-migrate-lock";

  private static final long FIRST_WAIT_MILLIS = 200;

  /** SQLite's result code for a lock another connection holds. */
  private static final int SQLITE_BUSY = 5;

  @Override
  public Attempt prepare(Connection connection, LockRequest request) throws SQLException {
    String file = mainFile(connection);
    long timeout = request.timeout().toMillis();
    long first = Math.min(FIRST_WAIT_MILLIS, timeout);
    String lockFile = file.isEmpty() ? null : file + SUFFIX;
    Connection side =
        lockFile == null ? null : ConnectionFactory.connect("jdbc:sqlite:" + lockFile, null, null);
    return new Attempt() {
      @Override
      public boolean tryLock() throws SQLException {
        return side == null || begin(side, first);
      }

      @Override
      public boolean await() throws SQLException {
        long rest = Math.max(0, timeout - first);
        boolean locked = rest > 0 && begin(side, rest);
        if (!locked) {
          side.close();
        }
        return locked;
      }

      @Override
      public String waitingFor() {
        return "(" + lockFile + ")";
      }

      @Override
      public String heldBy() {
        return "held by another runner (a write lock on " + lockFile + ")";
      }

      @Override
      public void release() throws SQLException {
        // Closing ends the write transaction; the side file stays for the next runner.
        if (side != null) {
          side.close();
        }
      }
    };
  }

  /** The file of the connection's main database; empty in memory. */
  private static String mainFile(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
      String file = rs.next() ? rs.getString(1) : null;
      return file == null ? "" : file;
    }
  }

  /** Opens a write transaction on the side file, waiting up to {@code millis} for it. */
  private static boolean begin(Connection side, long millis) throws SQLException {
    try (Statement statement = side.createStatement()) {
      statement.execute("PRAGMA busy_timeout = " + Math.max(1, millis));
      statement.execute("BEGIN IMMEDIATE");
      return true;
    } catch (SQLException e) {
      if ((e.getErrorCode() & 0xFF) == SQLITE_BUSY) {
        return false;
      }
      throw e;
    }
  }
}
