package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Column;
import java.util.Objects;

/**
 * Drops a column.
 *
 * @param table the table
 * @param column the column's name
 * @param definition the column as it was, or null when unknown (then irreversible)
 */
public record DropColumn(String table, String column, Column definition) implements SchemaChange {
  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public AddColumn reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the column's definition");
    }
    return new AddColumn(table, definition, false);
  }
}
