package dev.migrate.engine.schema.change;

import java.util.Objects;

/**
 * Renames a table within its schema.
 *
 * @param from the current name, qualified or not
 * @param to the new name; a schema given must be the table's own
 */
public record RenameTable(String from, String to) implements SchemaChange {
  public RenameTable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public RenameTable reverse() {
    int dot = from.lastIndexOf('.');
    String schema = dot < 0 ? "" : from.substring(0, dot + 1);
    String simpleFrom = from.substring(dot + 1);
    String simpleTo = to.substring(to.lastIndexOf('.') + 1);
    return new RenameTable(schema + simpleTo, simpleFrom);
  }
}
