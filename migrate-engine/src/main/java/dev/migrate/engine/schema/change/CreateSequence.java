package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Sequence;
import java.util.Objects;

/**
 * Creates a sequence.
 *
 * @param sequence the sequence
 */
public record CreateSequence(Sequence sequence) implements SchemaChange {
  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public DropSequence reverse() {
    return new DropSequence(sequence.name(), sequence);
  }
}
