package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Table;
import java.util.Objects;

/**
 * Creates a table with its columns, primary key, unique and check constraints and foreign keys; its
 * indexes and triggers are changes of their own.
 *
 * @param table the table
 */
public record CreateTable(Table table) implements SchemaChange {
  public CreateTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public DropTable reverse() {
    return new DropTable(table.name(), table);
  }
}
