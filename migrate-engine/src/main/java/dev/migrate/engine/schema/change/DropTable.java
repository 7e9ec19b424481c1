package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Table;
import java.util.Objects;

/**
 * Drops a table.
 *
 * @param name the table
 * @param definition the table as it was, or null when unknown (then irreversible)
 */
public record DropTable(String name, Table definition) implements SchemaChange {
  public DropTable {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public CreateTable reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the table's definition");
    }
    return new CreateTable(definition);
  }
}
