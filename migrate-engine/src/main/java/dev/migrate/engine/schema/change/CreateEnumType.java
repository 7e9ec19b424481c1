package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.EnumType;
import java.util.Objects;

/**
 * Creates a enum type.
 *
 * @param type the enum type
 */
public record CreateEnumType(EnumType type) implements SchemaChange {
  public CreateEnumType {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public DropEnumType reverse() {
    return new DropEnumType(type.name(), type);
  }
}
