package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.migration.InvalidOperationException;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.Trigger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Alembic's batch "move and copy", the way SQLite's documentation alters a table: create the new
 * table under a temporary name, copy the rows, drop the old table, rename the new one, and create
 * its indexes and triggers again. Rows that refer to the table keep referring to it by name; the
 * run has foreign-key enforcement off ({@link SqliteDialect}), so dropping the old table does not
 * run their ON DELETE actions. The statements run in the revision's transaction, so a failure
 * leaves the old table.
 */
final class TableRecreation {
  private static final String TEMPORARY_PREFIX = "_migrate_new_";

  private final SqliteRenderer renderer;
  private final Connection schema;
  private final String what;
  private final String table;

  /**
   * @param renderer renders the new table, its indexes and the names
   * @param schema where the table's current definition is read, or null when unknown
   * @param what the change, for messages ({@code alterColumn t.c})
   * @param table the table to recreate
   */
  TableRecreation(SqliteRenderer renderer, Connection schema, String what, String table) {
    this.renderer = renderer;
    this.schema = schema;
    this.what = what;
    this.table = table;
  }

  /**
   * The statements that recreate the table in its changed shape.
   *
   * @param change the new shape from the current one
   * @param renamed new column name to the old one, for columns the change renames
   */
  List<String> render(UnaryOperator<Table> change, Map<String, String> renamed) {
    Table current = current();
    Table changed = change.apply(current);
    String name = current.name();
    String temporary = TEMPORARY_PREFIX + name;
    List<String> statements = new ArrayList<>();
    statements.addAll(renderer.createTableStatements(withoutIndexes(changed, temporary)));
    List<String> into = new ArrayList<>();
    List<String> from = new ArrayList<>();
    for (Column column : changed.columns()) {
      String source = renamed.getOrDefault(column.name(), column.name());
      if (current.column(source).isPresent()) {
        into.add(renderer.quotedColumn(column.name()));
        from.add(renderer.quotedColumn(source));
      }
    }
    if (!into.isEmpty()) {
      statements.add(
          "INSERT INTO "
              + renderer.quotedTable(temporary)
              + " ("
              + String.join(", ", into)
              + ") SELECT "
              + String.join(", ", from)
              + " FROM "
              + renderer.quotedTable(name));
    }
    statements.add("DROP TABLE " + renderer.quotedTable(name));
    boolean dependents = hasViewsOrTriggers(name);
    if (dependents) {
      // A view or another table's trigger that names the table would fail the rename's check of
      // the schema while the table is gone; legacy renaming leaves them alone.
      statements.add("PRAGMA legacy_alter_table = ON");
    }
    statements.add(
        "ALTER TABLE "
            + renderer.quotedTable(temporary)
            + " RENAME TO "
            + renderer.quotedColumn(name));
    if (dependents) {
      statements.add("PRAGMA legacy_alter_table = OFF");
    }
    for (Index index : changed.indexes()) {
      statements.addAll(renderer.createIndexStatements(name, index));
    }
    for (Trigger trigger : changed.triggers()) {
      statements.add(trigger.definition());
    }
    return statements;
  }

  private Table current() {
    if (schema == null) {
      throw unknown("its definition cannot be read here");
    }
    Optional<Table> found;
    try {
      found = SqliteCatalog.table(schema, table);
    } catch (SQLException e) {
      throw new InvalidOperationException(
          what + ": could not read table " + table + ": " + e.getMessage());
    }
    return found.orElseThrow(
        () ->
            unknown(
                "there is no table "
                    + table
                    + (schemaIsACopy()
                        ? " in the schema that the scripts build (offline, migrate knows only the"
                            + " tables that the revisions create)"
                        : "")));
  }

  /** True offline, where the schema read is the in-memory copy that the scripts built. */
  private boolean schemaIsACopy() {
    try {
      return schema.getMetaData().getURL().contains(":memory:");
    } catch (SQLException e) {
      return false;
    }
  }

  private InvalidOperationException unknown(String why) {
    return new InvalidOperationException(
        what
            + ": SQLite has no ALTER for this, so the table is recreated, which needs the"
            + " table's definition, but "
            + why);
  }

  private boolean hasViewsOrTriggers(String name) {
    try (Statement statement = schema.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'view'"
                    + " OR (type = 'trigger' AND tbl_name <> "
                    + renderer.literal(name)
                    + ")")) {
      return rs.next() && rs.getInt(1) > 0;
    } catch (SQLException e) {
      throw new InvalidOperationException(what + ": could not read the schema: " + e.getMessage());
    }
  }

  private static Table withoutIndexes(Table table, String name) {
    return new Table(
        name,
        table.columns(),
        table.primaryKey(),
        table.uniques(),
        table.foreignKeys(),
        table.checks(),
        table.exclusions(),
        List.of(),
        List.of(),
        table.comment());
  }
}
