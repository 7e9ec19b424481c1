package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE mood AS ENUM (...)}).
 *
 * @param name the type name, qualified outside the default schema
 * @param values the labels in their sort order
 */
public record EnumType(String name, List<String> values) implements Serializable {
  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }

  /** An enum type of the labels. */
  public static EnumType of(String name, String... values) {
    return new EnumType(name, List.of(values));
  }

  /** {@code ('happy', 'sad')}. */
  public String valueList() {
    return values.stream()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
