package dev.migrate.engine.database.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the sessions that hold table locks, for the error of a statement that timed out waiting:
 * the other backends with granted locks on tables the statement names (all tables when it names
 * none we can see), with their state and last query.
 */
final class LockHolders {
  private static final String QUERY =
      "SELECT a.pid, c.relname, a.state, a.xact_start, left(a.query, 120)"
          + " FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
          + " JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.granted AND l.locktype = 'relation' AND l.pid <> pg_backend_pid()"
          + " AND c.relkind IN ('r', 'p') AND a.datname = current_database()"
          + " ORDER BY a.xact_start NULLS LAST";

  private LockHolders() {}

  static boolean hasState(SQLException failure, String state) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (state.equals(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static Optional<String> describe(Connection connection, String sql) {
    String statement = sql == null ? "" : sql.toLowerCase(Locale.ROOT);
    List<String> named = new ArrayList<>();
    List<String> all = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(QUERY);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String holder =
            "pid "
                + rows.getInt(1)
                + " on "
                + rows.getString(2)
                + " ("
                + rows.getString(3)
                + (rows.getTimestamp(4) == null ? "" : " since " + rows.getTimestamp(4))
                + ", last query: "
                + String.valueOf(rows.getString(5)).strip()
                + ")";
        if (!all.contains(holder)) {
          all.add(holder);
          if (statement.contains(rows.getString(2).toLowerCase(Locale.ROOT))) {
            named.add(holder);
          }
        }
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
    List<String> holders = named.isEmpty() ? all : named;
    return holders.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holders));
  }
}
