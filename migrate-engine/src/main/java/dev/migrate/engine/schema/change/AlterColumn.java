package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.SqlType;
import java.util.Objects;

/**
 * Changes one column's type, nullability, default and/or name; a null component is left as it is.
 * The {@code existing} components say what the column is now, when known: MariaDB/MySQL restate the
 * whole column, and the change is reversible only when it knows every value it replaces.
 *
 * @param table the table
 * @param column the column's current name
 * @param newName the new name, or null
 * @param type the new type, or null
 * @param nullable the new nullability, or null
 * @param defaultValue the new default ({@link Default#none()} drops it), or null
 * @param existingType the type now, or null when unknown
 * @param existingNullable the nullability now, or null when unknown
 * @param existingDefault the default now, or null when unknown
 * @param using how PostgreSQL converts the values to the new type ({@code USING}), or null
 */
public record AlterColumn(
    String table,
    String column,
    String newName,
    SqlType type,
    Boolean nullable,
    Default defaultValue,
    SqlType existingType,
    Boolean existingNullable,
    Default existingDefault,
    String using)
    implements SchemaChange {

  /**
   * A column default, as a value that can itself be "none".
   *
   * @param expression the default's SQL, or null for no default
   */
  public record Default(String expression) {
    /** No default. */
    public static Default none() {
      return new Default(null);
    }
  }

  public AlterColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  /**
   * The change from one definition of a column to another: only what differs is changed, and
   * everything the column was is known, so the change is reversible. Identity and comment are not
   * altered by this change.
   */
  public static AlterColumn between(String table, Column from, Column to) {
    return new AlterColumn(
        table,
        from.name(),
        from.name().equals(to.name()) ? null : to.name(),
        from.type().equals(to.type()) ? null : to.type(),
        from.nullable() == to.nullable() ? null : to.nullable(),
        Objects.equals(from.defaultValue(), to.defaultValue())
            ? null
            : new Default(to.defaultValue()),
        from.type(),
        from.nullable(),
        new Default(from.defaultValue()),
        null);
  }

  /** True when nothing would change. */
  public boolean isEmpty() {
    return newName == null && type == null && nullable == null && defaultValue == null;
  }

  @Override
  public AlterColumn reverse() {
    if (type != null && existingType == null) {
      throw new IrreversibleChangeException(this, "the column's type before");
    }
    if (nullable != null && existingNullable == null) {
      throw new IrreversibleChangeException(this, "the column's nullability before");
    }
    if (defaultValue != null && existingDefault == null) {
      throw new IrreversibleChangeException(this, "the column's default before");
    }
    return new AlterColumn(
        table,
        newName != null ? newName : column,
        newName != null ? column : null,
        type != null ? existingType : null,
        nullable != null ? existingNullable : null,
        defaultValue != null ? existingDefault : null,
        type != null ? type : existingType,
        nullable != null ? nullable : existingNullable,
        defaultValue != null ? defaultValue : existingDefault,
        null);
  }
}
