package dev.migrate.engine.state;

import dev.migrate.engine.api.error.StateTableException;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns the version rows: creates the table, reads the rows, and executes the three primitives a
 * step asks for (insert, delete, update of exactly one row). Which primitives a step needs is the
 * planner's decision; this class only carries them out, as statements to a sink.
 */
public final class VersionTable {
  private final StateTables tables;

  VersionTable(StateTables tables) {
    this.tables = tables;
  }

  /** Emits {@code CREATE TABLE IF NOT EXISTS} in Alembic's exact shape. */
  public void create(StatementSink sink) {
    sink.execute(
        Statement.generated(
            tables
                .dialect()
                .createVersionTable(tables.qualifiedVersion(), tables.versionTable() + "_pkc")));
  }

  /** The table as statements name it, with its schema when one is set. */
  public String qualifiedName() {
    return tables.qualifiedVersion();
  }

  /** The schema setting, or null. */
  public String schema() {
    return tables.schema();
  }

  public boolean exists(Connection connection) {
    return TableProbe.exists(connection, tables.dialect(), tables.schema(), tables.versionTable());
  }

  /** The rows, in the database's order; empty when the table does not exist. */
  public List<String> read(Connection connection) {
    return exists(connection) ? readExisting(connection) : List.of();
  }

  /** The rows of a table the caller already knows exists (saves the existence probe). */
  public List<String> readExisting(Connection connection) {
    String sql = "SELECT version_num FROM " + tables.qualifiedVersion();
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1).trim());
      }
      return rows;
    } catch (SQLException e) {
      throw StateTableException.foreign(
          tables.qualifiedVersion(), "versionTable", TableProbe.firstLine(e));
    }
  }

  /** Emits the statements for a step's row changes, in order. */
  public void apply(List<RowChange> changes, StatementSink sink) {
    for (RowChange change : changes) {
      apply(change, sink);
    }
  }

  /** Emits one primitive; updates and deletes must match exactly one row. */
  public void apply(RowChange change, StatementSink sink) {
    String table = tables.qualifiedVersion();
    String name = tables.versionTable();
    if (change instanceof RowChange.Insert insert) {
      sink.execute(
          Statement.generated(
              "INSERT INTO " + table + " (version_num) VALUES (" + literal(insert.id()) + ")"));
    } else if (change instanceof RowChange.Delete delete) {
      sink.executeExpecting(
          Statement.generated(
              "DELETE FROM " + table + " WHERE version_num = " + literal(delete.id())),
          1,
          "Online migration expected to match one row when deleting '"
              + delete.id()
              + "' in '"
              + name
              + "'");
    } else if (change instanceof RowChange.Update update) {
      sink.executeExpecting(
          Statement.generated(
              "UPDATE "
                  + table
                  + " SET version_num = "
                  + literal(update.to())
                  + " WHERE version_num = "
                  + literal(update.from())),
          1,
          "Online migration expected to match one row when updating '"
              + update.from()
              + "' to '"
              + update.to()
              + "' in '"
              + name
              + "'");
    }
  }

  /** Emits the deletion of every row ({@code stamp --purge}). */
  public void purge(StatementSink sink) {
    sink.execute(Statement.generated("DELETE FROM " + tables.qualifiedVersion()));
  }

  private String literal(String value) {
    return tables.dialect().literal(value);
  }
}
