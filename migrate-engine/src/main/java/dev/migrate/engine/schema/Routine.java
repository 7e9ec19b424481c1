package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A function or procedure (an alias on H2), held for comparison; no change value creates one yet.
 *
 * @param name the name with its argument types where the database has overloads: {@code touch()}
 * @param kind {@code function} or {@code procedure}
 * @param definition the source as the database prints it
 */
public record Routine(String name, String kind, String definition) implements Serializable {
  public Routine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
