package dev.migrate.engine.migration;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key for {@link Operations#createForeignKey}: {@code ForeignKey.of("fk_orders_user",
 * "orders", "user_id", "users", "id").onDelete(ForeignKey.Action.CASCADE)}.
 *
 * @param name the constraint name
 * @param table the referencing table
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, as many as {@code columns}
 * @param onDelete the action on delete, null for the database's default
 * @param onUpdate the action on update, null for the database's default
 */
public record ForeignKey(
    String name,
    String table,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    Action onDelete,
    Action onUpdate) {

  /** Referential actions. */
  public enum Action {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    Action(String sql) {
      this.sql = sql;
    }

    /** The action as SQL, e.g. {@code SET NULL}. */
    public String sql() {
      return sql;
    }
  }

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new InvalidOperationException(
          "Foreign key "
              + name
              + " needs as many referenced columns as columns: "
              + columns
              + " -> "
              + referencedColumns);
    }
  }

  /** A single-column foreign key. */
  public static ForeignKey of(
      String name, String table, String column, String referencedTable, String referencedColumn) {
    return new ForeignKey(
        name, table, List.of(column), referencedTable, List.of(referencedColumn), null, null);
  }

  /** A foreign key over several columns, matched in order. */
  public static ForeignKey of(
      String name,
      String table,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns) {
    return new ForeignKey(name, table, columns, referencedTable, referencedColumns, null, null);
  }

  /** This key with an {@code ON DELETE} action. */
  public ForeignKey onDelete(Action action) {
    return new ForeignKey(
        name, table, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  /** This key with an {@code ON UPDATE} action. */
  public ForeignKey onUpdate(Action action) {
    return new ForeignKey(
        name, table, columns, referencedTable, referencedColumns, onDelete, action);
  }
}
