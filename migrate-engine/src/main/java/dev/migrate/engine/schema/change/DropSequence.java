package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Sequence;
import java.util.Objects;

/**
 * Drops a sequence.
 *
 * @param name its name
 * @param definition the sequence as it was, or null when unknown (then irreversible)
 */
public record DropSequence(String name, Sequence definition) implements SchemaChange {
  public DropSequence {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public CreateSequence reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the sequence's definition");
    }
    return new CreateSequence(definition);
  }
}
