package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Difference;
import java.util.List;

/**
 * What a {@link SchemaDiffer} found between two schemas.
 *
 * @param changes the changes that turn the one schema into the other, in an order that runs
 * @param unexpressed differences that no change value expresses yet (routines, triggers, domains,
 *     extensions, schemas, exclusion constraints, a column's identity or comment, a table's
 *     comment), as they would be reported from the target's point of view
 */
public record SchemaDiff(List<SchemaChange> changes, List<Difference> unexpressed) {
  public SchemaDiff {
    changes = List.copyOf(changes);
    unexpressed = List.copyOf(unexpressed);
  }

  /** True when the two schemas are alike. */
  public boolean isEmpty() {
    return changes.isEmpty() && unexpressed.isEmpty();
  }
}
