package dev.migrate.engine.migration;

import java.util.Objects;
import java.util.function.Consumer;

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

  /** Renames the column. */
  public AlterColumn rename(String newName) {
    return with(d -> d.newName = newName);
  }

  /** Changes the type; see {@link #using} for PostgreSQL's conversion. */
  public AlterColumn type(ColumnType type) {
    return with(d -> d.type = type);
  }

  /** Allows or forbids NULL. */
  public AlterColumn nullable(boolean nullable) {
    return with(d -> d.nullable = nullable);
  }

  /** Sets the default to a literal value. */
  public AlterColumn defaultValue(Object value) {
    return withDefault(ColumnDefault.literal(value), false);
  }

  /** Sets the default to a SQL expression, e.g. {@code CURRENT_TIMESTAMP}. */
  public AlterColumn defaultSql(String expression) {
    return withDefault(ColumnDefault.sql(expression), false);
  }

  /** Removes the default. */
  public AlterColumn dropDefault() {
    return withDefault(null, true);
  }

  /** The type the column has now (MariaDB/MySQL restate it). */
  public AlterColumn existingType(ColumnType existingType) {
    return with(d -> d.existingType = existingType);
  }

  /** The nullability the column has now (MariaDB/MySQL restate it). */
  public AlterColumn existingNullable(boolean existingNullable) {
    return with(d -> d.existingNullable = existingNullable);
  }

  /**
   * The expression PostgreSQL uses to convert values to the new type, e.g. {@code
   * "amount::integer"}; other databases convert implicitly and ignore it.
   */
  public AlterColumn using(String expression) {
    return with(d -> d.using = expression);
  }

  /** The default the column has now (MariaDB/MySQL keep it when restating the column). */
  public AlterColumn existingDefault(ColumnDefault existingDefault) {
    return with(d -> d.existingDefault = existingDefault);
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
    return with(
        d -> {
          d.newDefault = value;
          d.removeDefault = drop;
        });
  }

  /** A copy with one change: the record's components, once, as mutable fields. */
  private AlterColumn with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new AlterColumn(
        table,
        column,
        d.newName,
        d.type,
        d.nullable,
        d.newDefault,
        d.removeDefault,
        d.existingType,
        d.existingNullable,
        d.existingDefault,
        d.using);
  }

  private static final class Draft {
    String newName;
    ColumnType type;
    Boolean nullable;
    ColumnDefault newDefault;
    boolean removeDefault;
    ColumnType existingType;
    Boolean existingNullable;
    ColumnDefault existingDefault;
    String using;

    Draft(AlterColumn a) {
      newName = a.newName;
      type = a.type;
      nullable = a.nullable;
      newDefault = a.newDefault;
      removeDefault = a.removeDefault;
      existingType = a.existingType;
      existingNullable = a.existingNullable;
      existingDefault = a.existingDefault;
      using = a.using;
    }
  }
}
