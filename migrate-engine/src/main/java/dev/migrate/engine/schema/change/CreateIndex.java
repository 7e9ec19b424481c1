package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Index;
import java.util.Objects;

/**
 * Creates an index.
 *
 * @param table the table
 * @param index the index
 * @param concurrently build without blocking writes (PostgreSQL; outside a transaction)
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements SchemaChange {
  public CreateIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public DropIndex reverse() {
    return new DropIndex(table, index.name(), index);
  }
}
