package dev.migrate.engine.migration;

import java.util.Objects;

/**
 * Changes to one column: type, nullability, default and name, each optional. MariaDB/MySQL restate
 * the whole column to change its type or nullability, so give {@link #existingType} (and the
 * existing nullability and default) when changing only one of them there, as in Alembic.
 *
 * @param table the table
 * @param column the column's current name
 * @param newName the new name, or null to keep it
 * @param type the new type, or null to keep it
 * @param nullable the new nullability, or null to keep it
 * @param newDefault the new default, or null to keep it
 * @param removeDefault true to remove the default
 * @param existingType the current type, needed by MariaDB/MySQL when the type stays
 * @param existingNullable the current nullability, used by MariaDB/MySQL when it stays
 * @param existingDefault the current default, kept by MariaDB/MySQL when restating the column
 * @param using how PostgreSQL converts existing values to the new type ({@code USING}), or null
 */
public record AlterColumn(
    String table,
    String column,
    String newName,
    ColumnType type,
    Boolean nullable,
    ColumnDefault newDefault,
    boolean removeDefault,
    ColumnType existingType,
    Boolean existingNullable,
    ColumnDefault existingDefault,
    String using) {

  public AlterColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    if (removeDefault && newDefault != null) {
      throw new InvalidOperationException(
          "alterColumn " + table + "." + column + ": both a new default and dropDefault given");
    }
    if (using != null && (using.isBlank() || using.contains(";"))) {
      throw new InvalidOperationException("Not a USING expression: '" + using + "'");
    }
  }

  /** No change yet; add changes with the fluent methods. */
  public static AlterColumn of(String table, String column) {
    return new AlterColumn(table, column, null, null, null, null, false, null, null, null, null);
  }

  public AlterColumn rename(String newName) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  public AlterColumn type(ColumnType type) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  public AlterColumn nullable(boolean nullable) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  public AlterColumn defaultValue(Object value) {
    return withDefault(ColumnDefault.literal(value), false);
  }

  public AlterColumn defaultSql(String expression) {
    return withDefault(ColumnDefault.sql(expression), false);
  }

  public AlterColumn dropDefault() {
    return withDefault(null, true);
  }

  public AlterColumn existingType(ColumnType existingType) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  public AlterColumn existingNullable(boolean existingNullable) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  /**
   * The expression PostgreSQL uses to convert values to the new type, e.g. {@code
   * "amount::integer"}; other databases convert implicitly and ignore it.
   */
  public AlterColumn using(String expression) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        expression);
  }

  public AlterColumn existingDefault(ColumnDefault existingDefault) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        newDefault,
        removeDefault,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }

  /** True when nothing would change. */
  public boolean isEmpty() {
    return newName == null
        && type == null
        && nullable == null
        && newDefault == null
        && !removeDefault;
  }

  private AlterColumn withDefault(ColumnDefault value, boolean drop) {
    return new AlterColumn(
        table,
        column,
        newName,
        type,
        nullable,
        value,
        drop,
        existingType,
        existingNullable,
        existingDefault,
        using);
  }
}
