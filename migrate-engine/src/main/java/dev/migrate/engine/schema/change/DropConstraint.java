package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.ConstraintKind;
import java.util.Objects;

/**
 * Drops a constraint.
 *
 * @param table the table
 * @param name the constraint name (null only for a primary key, which needs none on some databases)
 * @param kind which kind it is (MariaDB/MySQL drop each kind differently)
 * @param definition the constraint as it was, or null when unknown (then irreversible)
 */
public record DropConstraint(String table, String name, ConstraintKind kind, Constraint definition)
    implements SchemaChange {
  public DropConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public AddConstraint reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the constraint's definition");
    }
    return new AddConstraint(table, definition);
  }
}
