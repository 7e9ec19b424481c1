package dev.migrate.engine.verify;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Runs a catalog query and hands each row to a callback. */
public final class Rows {
  private Rows() {}

  /** One result row into the snapshot. */
  @FunctionalInterface
  public interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Runs the query with every {@code ?} bound to the same value (a schema name or array). */
  public static void each(Connection connection, String sql, Object parameter, Row row)
      throws SQLException {
    // Catalog queries hold no literal '?', so counting them is exact and needs no round trip.
    int count = (int) sql.chars().filter(c -> c == '?').count();
    eachWith(connection, sql, Collections.nCopies(count, parameter), row);
  }

  /** Runs the query with its {@code ?}s bound to the parameters in order. */
  public static void eachWith(Connection connection, String sql, List<Object> parameters, Row row)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        if (parameters.get(i) instanceof Array array) {
          ps.setArray(i + 1, array);
        } else {
          ps.setObject(i + 1, parameters.get(i));
        }
      }
      read(ps, row);
    }
  }

  private static void read(PreparedStatement ps, Row row) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        row.accept(rs);
      }
    }
  }
}
