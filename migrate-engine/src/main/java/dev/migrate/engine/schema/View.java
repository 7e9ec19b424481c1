package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * A view.
 *
 * @param name the view name, qualified outside the default schema
 * @param definition the query as the database prints it
 * @param materialized a PostgreSQL materialized view
 */
public record View(String name, String definition, boolean materialized) {
  public View {
    Objects.requireNonNull(name, "name");
  }

  /** A plain view. */
  public static View of(String name, String definition) {
    return new View(name, definition, false);
  }
}
