package dev.migrate.engine.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One named thing in a schema (a table, a column, an index, a view ...) with the properties that
 * matter when two snapshots are compared.
 *
 * @param type what it is, in words: {@code table}, {@code column}, {@code index}, {@code foreign
 *     key} ...
 * @param name its readable name, qualified as needed: {@code users.email}, {@code ix_users_email on
 *     users}; the default schema is left out
 * @param parent the key of the table it belongs to, or null; a difference on a table hides the same
 *     difference on its parts
 * @param properties compared values in a stable order ({@code type}, {@code nullable}, {@code
 *     default} ...); a missing value reads {@code NULL}
 */
public record SchemaObject(
    String type, String name, String parent, Map<String, String> properties) {

  public SchemaObject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Map<String, String> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, v == null ? "NULL" : v));
    properties = Collections.unmodifiableMap(copy);
  }

  /** An object without properties (a schema, a table). */
  public static SchemaObject of(String type, String name) {
    return new SchemaObject(type, name, null, Map.of());
  }

  /** The identity of this object within a snapshot. */
  public String key() {
    return type + " " + name;
  }

  /** How the object is named in a sentence, e.g. {@code index ix_users_email on users}. */
  public String describe() {
    return type + " " + name;
  }
}
