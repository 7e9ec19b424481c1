package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Column;
import java.util.Objects;

/**
 * Adds a column.
 *
 * @param table the table
 * @param column the column
 * @param primaryKey true to make it the table's primary key as it is added
 */
public record AddColumn(String table, Column column, boolean primaryKey) implements SchemaChange {
  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public DropColumn reverse() {
    return new DropColumn(table, column.name(), column);
  }
}
