package dev.migrate.engine.migration;

/**
 * A column default: either a Java value rendered as an escaped literal, or a SQL expression written
 * as is (e.g. {@code CURRENT_TIMESTAMP}).
 *
 * @param value the literal value (null with an expression, or for {@code DEFAULT NULL})
 * @param expression the SQL expression, or null for a literal
 */
public record ColumnDefault(Object value, String expression) {
  public ColumnDefault {
    if (expression != null && (expression.isBlank() || expression.contains(";"))) {
      throw new InvalidOperationException("Not a default expression: '" + expression + "'");
    }
  }

  /** A value rendered as a literal of the database, escaped. */
  public static ColumnDefault literal(Object value) {
    return new ColumnDefault(value, null);
  }

  /** A SQL expression written as is, e.g. {@code CURRENT_TIMESTAMP}. */
  public static ColumnDefault sql(String expression) {
    return new ColumnDefault(null, expression);
  }
}
