package dev.migrate.engine.schema.change;

/**
 * One change to a schema, as a value: built by the {@code Operations} API of a Java migration and
 * by the schema differ alike, rendered by the database's renderer, and reversed by itself.
 */
public sealed interface SchemaChange
    permits CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        AlterColumn,
        CreateIndex,
        DropIndex,
        AddConstraint,
        DropConstraint,
        CreateSequence,
        DropSequence,
        CreateView,
        DropView,
        CreateEnumType,
        DropEnumType {

  /**
   * The change that undoes this one. A drop is reversible only when it carries the full definition
   * of what it drops, an alteration only when it knows the values it replaces.
   *
   * @throws IrreversibleChangeException when the inverse is not determined
   */
  SchemaChange reverse();

  /** True when {@link #reverse()} succeeds. */
  default boolean isReversible() {
    try {
      reverse();
      return true;
    } catch (IrreversibleChangeException e) {
      return false;
    }
  }
}
