package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.EnumType;
import java.util.Objects;

/**
 * Drops a enum type.
 *
 * @param name its name
 * @param definition the enum type as it was, or null when unknown (then irreversible)
 */
public record DropEnumType(String name, EnumType definition) implements SchemaChange {
  public DropEnumType {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public CreateEnumType reverse() {
    if (definition == null) {
      throw new IrreversibleChangeException(this, "the enum type's definition");
    }
    return new CreateEnumType(definition);
  }
}
