package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A trigger on a table, held as the database describes it; no change value creates one yet.
 *
 * @param name the trigger name
 * @param definition timing, event and action as the database prints them
 */
public record Trigger(String name, String definition) implements Serializable {
  public Trigger {
    Objects.requireNonNull(name, "name");
  }
}
