package dev.migrate.engine.schema.change;

import dev.migrate.engine.common.MigrateException;

/** A change whose inverse is not determined, e.g. a drop that does not carry the definition. */
public final class IrreversibleChangeException extends MigrateException {
  private final transient SchemaChange change;

  IrreversibleChangeException(SchemaChange change, String missing) {
    super("Cannot reverse " + change + ": " + missing + " is not known");
    this.change = change;
  }

  /** The change that cannot be reversed. */
  public SchemaChange change() {
    return change;
  }
}
