package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.View;
import java.util.Objects;

/**
 * Drops a view.
 *
 * @param name its name
 * @param definition the view as it was, or null when unknown (then irreversible)
 */
public record DropView(String name, View definition) implements SchemaChange {
  public DropView {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public CreateView reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the view's definition");
    }
    return new CreateView(definition);
  }
}
