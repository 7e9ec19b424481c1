package dev.migrate.engine.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint name, or null when generated
 * @param columns the referencing columns in order
 * @param referencedTable the referenced table, qualified outside the default schema
 * @param referencedColumns the referenced columns, matched in order
 * @param onDelete the delete action; null only in a change built without one (the database's
 *     default applies)
 * @param onUpdate the update action, likewise
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate)
    implements Constraint {

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** A single-column foreign key with no action given. */
  public static ForeignKey of(
      String name, String column, String referencedTable, String referencedColumn) {
    return new ForeignKey(
        name, List.of(column), referencedTable, List.of(referencedColumn), null, null);
  }

  /** This key with the given actions. */
  public ForeignKey actions(ReferentialAction onDelete, ReferentialAction onUpdate) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }

  @Override
  public String shape() {
    return "(" + String.join(", ", columns) + ")";
  }

  /** {@code (user_id) references users (id) on update no action on delete cascade}. */
  public String definition() {
    return shape()
        + " references "
        + referencedTable
        + " ("
        + String.join(", ", referencedColumns)
        + ") on update "
        + onUpdate
        + " on delete "
        + onDelete;
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.FOREIGN_KEY;
  }
}
