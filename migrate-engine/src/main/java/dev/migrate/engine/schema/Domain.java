package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A domain (PostgreSQL, H2), held for comparison; no change value creates one yet.
 *
 * @param name the domain name, qualified outside the default schema
 * @param type the base type
 * @param nullable false for {@code NOT NULL} (H2 does not report it: true)
 * @param defaultValue the default expression, or null
 * @param checks its check conditions joined by {@code and}, or null
 */
public record Domain(
    String name, SqlType type, boolean nullable, String defaultValue, String checks)
    implements Serializable {
  public Domain {
    Objects.requireNonNull(name, "name");
  }
}
