package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.migration.AbstractRenderer;
import dev.migrate.engine.migration.ColumnType;
import dev.migrate.engine.migration.InvalidOperationException;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.change.AlterColumn;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * MariaDB and MySQL: backtick quoting, {@code MODIFY}/{@code CHANGE COLUMN} that restate the whole
 * column, {@code DROP INDEX ix ON t}, {@code DROP FOREIGN KEY}.
 */
final class MariaDbRenderer extends AbstractRenderer {

  @Override
  protected String quotePart(String part) {
    return '`' + part + '`';
  }

  @Override
  public String type(ColumnType t) {
    return switch (t.kind()) {
      case DECIMAL ->
          t.length() == 0 ? "DECIMAL" : "DECIMAL(" + t.length() + ", " + t.scale() + ")";
      case DOUBLE -> "DOUBLE";
      case TEXT -> "LONGTEXT";
      // Microseconds, as PostgreSQL and H2 keep them.
      case TIME -> "TIME(6)";
      case TIMESTAMP -> "DATETIME(6)";
      case TIMESTAMP_TZ -> "TIMESTAMP(6)";
      case UUID -> "CHAR(36)";
      case BINARY -> "LONGBLOB";
      default -> super.type(t);
    };
  }

  /** {@code name type [DEFAULT x] [NOT NULL] [AUTO_INCREMENT]}. */
  @Override
  protected String columnDefinition(Column c) {
    return column(c.name())
        + " "
        + c.type().sql()
        + defaultClause(c.defaultValue())
        + (c.nullable() ? " NULL" : " NOT NULL")
        + (c.generated() ? " AUTO_INCREMENT" : "");
  }

  /**
   * A type or nullability change restates the column with MODIFY (or CHANGE when it is also
   * renamed), carrying over what stays: the existing type, nullability and default.
   */
  @Override
  protected List<String> alterColumn(AlterColumn a) {
    String table = "ALTER TABLE " + table(a.table());
    boolean restate = a.type() != null || a.nullable() != null;
    List<String> statements = new ArrayList<>();
    if (restate || (a.newName() != null && a.existingType() != null)) {
      SqlType type = a.type() != null ? a.type() : a.existingType();
      if (type == null) {
        throw new InvalidOperationException(
            "alterColumn "
                + a.table()
                + "."
                + a.column()
                + ": MariaDB/MySQL restate the whole column to change its nullability; "
                + "give existingType(...)");
      }
      boolean nullable =
          a.nullable() != null
              ? a.nullable()
              : a.existingNullable() == null || a.existingNullable();
      AlterColumn.Default def = a.defaultValue() != null ? a.defaultValue() : a.existingDefault();
      Column restated =
          new Column(
              a.newName() != null ? a.newName() : a.column(),
              type,
              nullable,
              def == null ? null : def.expression(),
              null,
              null);
      statements.add(
          a.newName() != null
              ? table + " CHANGE COLUMN " + column(a.column()) + " " + columnDefinition(restated)
              : table + " MODIFY COLUMN " + columnDefinition(restated));
      return statements;
    }
    String current = a.column();
    if (a.newName() != null) {
      statements.add(table + " RENAME COLUMN " + column(a.column()) + " TO " + column(a.newName()));
      current = a.newName();
    }
    if (a.defaultValue() != null && a.defaultValue().expression() != null) {
      statements.add(
          table
              + " ALTER COLUMN "
              + column(current)
              + " SET DEFAULT "
              + a.defaultValue().expression());
    } else if (a.defaultValue() != null) {
      statements.add(table + " ALTER COLUMN " + column(current) + " DROP DEFAULT");
    }
    return statements;
  }

  @Override
  protected List<String> dropIndex(String name, String table) {
    return List.of("DROP INDEX " + quotePart(simpleName("index", name)) + " ON " + table(table));
  }

  @Override
  protected List<String> dropConstraint(String name, String table, ConstraintKind kind) {
    // A primary key needs no name here; one read from the database has none.
    String constraint =
        name == null && kind == ConstraintKind.PRIMARY_KEY
            ? null
            : quotePart(simpleName("constraint", name));
    String drop =
        switch (kind) {
          case FOREIGN_KEY -> "DROP FOREIGN KEY " + constraint;
          case UNIQUE -> "DROP INDEX " + constraint;
          case PRIMARY_KEY -> "DROP PRIMARY KEY";
          default -> "DROP CONSTRAINT " + constraint;
        };
    return List.of("ALTER TABLE " + table(table) + " " + drop);
  }

  @Override
  protected List<String> renameTable(String from, String to) {
    return List.of("RENAME TABLE " + table(from) + " TO " + table(to));
  }

  /** MariaDB's sequences take no {@code AS type}. */
  @Override
  protected String createSequence(Sequence s) {
    return super.createSequence(
        new Sequence(
            s.name(), null, s.start(), s.increment(), s.minimum(), s.maximum(), s.cycle()));
  }

  /**
   * Backslash is an escape character unless the server runs with NO_BACKSLASH_ESCAPES, which an
   * offline script cannot know; a string with a backslash becomes a hex literal that means the same
   * in both modes.
   */
  @Override
  protected String stringLiteral(String s) {
    if (s.indexOf('\\') >= 0) {
      return "_utf8mb4 X'" + HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)) + "'";
    }
    return super.stringLiteral(s);
  }

  /** MariaDB's TIMESTAMP literals carry no offset: the instant is written in UTC. */
  @Override
  protected String instantLiteral(OffsetDateTime t) {
    return "TIMESTAMP '" + TIMESTAMP.format(t.withOffsetSameInstant(ZoneOffset.UTC)) + "'";
  }
}
