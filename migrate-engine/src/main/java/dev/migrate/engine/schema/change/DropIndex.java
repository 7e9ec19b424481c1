package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Index;
import java.util.Objects;

/**
 * Drops an index.
 *
 * @param table its table (MariaDB/MySQL need it; elsewhere it names the schema)
 * @param name the index name
 * @param definition the index as it was, or null when unknown (then irreversible)
 */
public record DropIndex(String table, String name, Index definition) implements SchemaChange {
  public DropIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public CreateIndex reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the index's definition");
    }
    return new CreateIndex(table, definition, false);
  }
}
