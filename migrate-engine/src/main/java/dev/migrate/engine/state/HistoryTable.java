package dev.migrate.engine.state;

import dev.migrate.engine.api.HistoryRecord;
import dev.migrate.engine.api.error.StateTableException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The history table: one row per step with checksum, who, when, how long and whether it worked.
 * Rows are written with literal values, the dialect's current user and {@code CURRENT_TIMESTAMP},
 * so the same insert runs online and renders deterministically offline.
 */
public final class HistoryTable {
  private static final int MAX_ERROR_LENGTH = 2000;
  private final StateTables tables;

  HistoryTable(StateTables tables) {
    this.tables = tables;
  }

  public void create(StatementSink sink) {
    sink.execute(
        Statement.generated(
            tables
                .dialect()
                .createHistoryTable(tables.qualifiedHistory(), tables.historyTable() + "_pk")));
  }

  /** The table as statements name it, with its schema when one is set. */
  public String qualifiedName() {
    return tables.qualifiedHistory();
  }

  public boolean exists(Connection connection) {
    return TableProbe.exists(connection, tables.dialect(), tables.schema(), tables.historyTable());
  }

  private static final String UNFINISHED = "unfinished: run ";

  /**
   * A fresh {@code error_message} that marks a step's row as started and not finished; each run's
   * marker is unique, so that its row is found again to complete or forget it.
   */
  public static String unfinishedMarker() {
    return UNFINISHED + UUID.randomUUID().toString().substring(0, 13);
  }

  /** True for the error message of a row written by {@link #unfinishedMarker()}'s step. */
  static boolean isUnfinished(String errorMessage) {
    return errorMessage != null && errorMessage.startsWith(UNFINISHED);
  }

  /** Turns the unfinished row into the step's completed row (one row, checked). */
  public void complete(String marker, HistoryRow row, StatementSink sink) {
    Dialect d = tables.dialect();
    sink.executeExpecting(
        Statement.generated(
            "UPDATE "
                + tables.qualifiedHistory()
                + " SET heads_after = "
                + d.literal(String.join(",", row.headsAfter()))
                + ", applied_at = CURRENT_TIMESTAMP, execution_ms = "
                + millis(row, d)
                + ", success = "
                + (row.success() ? "TRUE" : "FALSE")
                + ", error_message = "
                + d.literal(row.errorMessage())
                + " WHERE error_message = "
                + d.literal(marker)),
        1,
        "the history row of the step in progress (" + marker + ") is gone");
  }

  /** Deletes the unfinished row of a step that left nothing behind. */
  public void forget(String marker, StatementSink sink) {
    sink.execute(
        Statement.generated(
            "DELETE FROM "
                + tables.qualifiedHistory()
                + " WHERE error_message = "
                + tables.dialect().literal(marker)));
  }

  /** Emits the insert for one step. */
  public void record(HistoryRow row, StatementSink sink) {
    sink.execute(Statement.generated(insert(row)));
  }

  /** The insert statement for one step, with literal values. */
  public String insert(HistoryRow row) {
    Dialect d = tables.dialect();
    String error = row.errorMessage();
    if (error != null && error.length() > MAX_ERROR_LENGTH) {
      error = error.substring(0, MAX_ERROR_LENGTH);
    }
    return "INSERT INTO "
        + tables.qualifiedHistory()
        + " (revision, direction, heads_before, heads_after, checksum, applied_by, applied_at,"
        + " execution_ms, success, error_message) VALUES ("
        + d.literal(row.revision())
        + ", "
        + d.literal(row.direction())
        + ", "
        + d.literal(String.join(",", row.headsBefore()))
        + ", "
        + d.literal(String.join(",", row.headsAfter()))
        + ", "
        + d.literal(row.checksum())
        + ", "
        + d.currentUser()
        + ", CURRENT_TIMESTAMP, "
        + millis(row, d)
        + ", "
        + (row.success() ? "TRUE" : "FALSE")
        + ", "
        + d.literal(error)
        + ")";
  }

  private static String millis(HistoryRow row, Dialect dialect) {
    if (row.executionMillis() != null) {
      return row.executionMillis().toString();
    }
    String expression = dialect.millisSinceTransactionStart();
    return expression == null ? "NULL" : expression;
  }

  /**
   * The newest row when it records a failure: a step that failed part-way and was never resolved (a
   * later successful step or a {@code stamp} resolves it).
   */
  public Optional<FailedStep> unresolvedFailure(Connection connection) {
    return exists(connection) ? unresolvedFailureInExisting(connection) : Optional.empty();
  }

  /** {@link #unresolvedFailure} for a table the caller already knows exists. */
  public Optional<FailedStep> unresolvedFailureInExisting(Connection connection) {
    String sql =
        "SELECT revision, direction, applied_at, error_message, success FROM "
            + tables.qualifiedHistory()
            + " WHERE id = (SELECT MAX(id) FROM "
            + tables.qualifiedHistory()
            + ")";
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      if (rs.next() && !rs.getBoolean(5)) {
        return Optional.of(
            new FailedStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw StateTableException.foreign(
          tables.qualifiedHistory(), "historyTable", TableProbe.firstLine(e));
    }
  }

  /** Every row, oldest first; none when the table does not exist. */
  public List<HistoryRecord> records(Connection connection) {
    List<HistoryRecord> records = new ArrayList<>();
    if (!exists(connection)) {
      return records;
    }
    String sql =
        "SELECT revision, direction, heads_before, heads_after, checksum, applied_by, applied_at,"
            + " execution_ms, success, error_message FROM "
            + tables.qualifiedHistory()
            + " ORDER BY id";
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        Timestamp appliedAt = rs.getTimestamp(7);
        long millis = rs.getLong(8);
        Long executionMillis = rs.wasNull() ? null : millis;
        records.add(
            new HistoryRecord(
                records.size() + 1L,
                rs.getString(1),
                rs.getString(2),
                heads(rs.getString(3)),
                heads(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                appliedAt == null ? null : appliedAt.toInstant(),
                executionMillis,
                rs.getBoolean(9),
                rs.getString(10)));
      }
      return records;
    } catch (SQLException e) {
      throw new MigrateException(
          "Could not read history table " + tables.historyTable() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> heads(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }

  /** Every step the table records as failed or unfinished, oldest first. */
  public List<FailedStep> failedSteps(Connection connection) {
    String sql =
        "SELECT revision, direction, applied_at, error_message FROM "
            + tables.qualifiedHistory()
            + " WHERE success = FALSE ORDER BY id";
    List<FailedStep> failed = new ArrayList<>();
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        failed.add(
            new FailedStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
      return failed;
    } catch (SQLException e) {
      throw StateTableException.foreign(
          tables.qualifiedHistory(), "historyTable", TableProbe.firstLine(e));
    }
  }

  /**
   * In one transaction: records each edited script's new checksum in place of the one it was
   * applied with, and removes every failed or unfinished step's row.
   */
  public void repair(
      Connection connection, List<ChecksumChange> checksums, boolean removeFailures) {
    Dialect d = tables.dialect();
    try (java.sql.Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        for (ChecksumChange change : checksums) {
          statement.executeUpdate(
              "UPDATE "
                  + tables.qualifiedHistory()
                  + " SET checksum = "
                  + d.literal(change.to())
                  + " WHERE revision = "
                  + d.literal(change.revision())
                  + " AND direction = 'upgrade' AND success = TRUE AND checksum = "
                  + d.literal(change.from()));
        }
        if (removeFailures) {
          statement.executeUpdate(
              "DELETE FROM " + tables.qualifiedHistory() + " WHERE success = FALSE");
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new MigrateException(
          "Could not repair history table " + tables.historyTable() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A recorded checksum to replace.
   *
   * @param revision the revision whose upgrade rows carry it
   * @param from the checksum the history table holds
   * @param to the checksum of the script as it is now
   */
  public record ChecksumChange(String revision, String from, String to) {}

  /**
   * The checksum each revision was last applied with (successful upgrades; a later successful
   * downgrade forgets it). Empty when the table does not exist.
   */
  public Map<String, String> appliedChecksums(Connection connection) {
    return exists(connection) ? appliedChecksumsInExisting(connection) : new LinkedHashMap<>();
  }

  /** {@link #appliedChecksums} for a table the caller already knows exists. */
  public Map<String, String> appliedChecksumsInExisting(Connection connection) {
    Map<String, String> checksums = new LinkedHashMap<>();
    String sql =
        "SELECT revision, direction, checksum FROM "
            + tables.qualifiedHistory()
            + " WHERE success = TRUE ORDER BY id";
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        String revision = rs.getString(1);
        String direction = rs.getString(2);
        String checksum = rs.getString(3);
        if (revision == null) {
          continue;
        }
        if (direction.equals("upgrade") && checksum != null) {
          checksums.put(revision, checksum);
        } else if (direction.equals("downgrade")) {
          checksums.remove(revision);
        }
      }
      return checksums;
    } catch (SQLException e) {
      throw StateTableException.foreign(
          tables.qualifiedHistory(), "historyTable", TableProbe.firstLine(e));
    }
  }
}
