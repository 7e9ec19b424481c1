package dev.migrate.engine.migration;

import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AddConstraint;
import dev.migrate.engine.schema.change.CreateIndex;
import dev.migrate.engine.schema.change.CreateTable;
import dev.migrate.engine.schema.change.DropColumn;
import dev.migrate.engine.schema.change.DropConstraint;
import dev.migrate.engine.schema.change.DropIndex;
import dev.migrate.engine.schema.change.DropTable;
import dev.migrate.engine.schema.change.RenameTable;
import dev.migrate.engine.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the arguments of the {@link Operations} API into {@link SchemaChange} values for one
 * database: portable types become the database's types, literal defaults its literals. A drop made
 * through the API knows only a name, so it cannot be reversed; the differ's drops can.
 */
final class ChangeValues {
  private final SqlRenderer renderer;

  ChangeValues(SqlRenderer renderer) {
    this.renderer = renderer;
  }

  SchemaChange createTable(String table, List<Column> columns) {
    List<dev.migrate.engine.schema.Column> values = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    for (Column column : columns) {
      values.add(column(column));
      if (column.inPrimaryKey()) {
        primaryKey.add(column.name());
      }
    }
    return new CreateTable(
        Table.of(table)
            .withColumns(values)
            .withPrimaryKey(primaryKey.isEmpty() ? null : new PrimaryKey(null, primaryKey)));
  }

  SchemaChange dropTable(String table) {
    return new DropTable(table, null);
  }

  SchemaChange addColumn(String table, Column column) {
    return new AddColumn(table, column(column), column.inPrimaryKey());
  }

  SchemaChange dropColumn(String table, String column) {
    return new DropColumn(table, column, null);
  }

  SchemaChange alterColumn(AlterColumn a) {
    return new dev.migrate.engine.schema.change.AlterColumn(
        a.table(),
        a.column(),
        a.newName(),
        type(a.type()),
        a.nullable(),
        a.removeDefault()
            ? dev.migrate.engine.schema.change.AlterColumn.Default.none()
            : defaultValue(a.newDefault()),
        type(a.existingType()),
        a.existingNullable(),
        defaultValue(a.existingDefault()),
        a.using());
  }

  SchemaChange createIndex(Index index) {
    return new CreateIndex(
        index.table(),
        new dev.migrate.engine.schema.Index(
            index.name(),
            index.columns().stream().map(IndexKey::column).toList(),
            index.isUnique(),
            null,
            null,
            List.of()),
        index.isConcurrent());
  }

  SchemaChange dropIndex(String name, String table) {
    return new DropIndex(table, name, null);
  }

  SchemaChange createForeignKey(ForeignKey fk) {
    return new AddConstraint(
        fk.table(),
        new dev.migrate.engine.schema.ForeignKey(
            fk.name(),
            fk.columns(),
            fk.referencedTable(),
            fk.referencedColumns(),
            action(fk.onDelete()),
            action(fk.onUpdate())));
  }

  SchemaChange createUniqueConstraint(String name, String table, List<String> columns) {
    return new AddConstraint(table, new UniqueConstraint(name, columns));
  }

  SchemaChange dropConstraint(String name, String table, ConstraintType type) {
    ConstraintKind kind =
        switch (type) {
          case FOREIGN_KEY -> ConstraintKind.FOREIGN_KEY;
          case UNIQUE -> ConstraintKind.UNIQUE;
          case PRIMARY_KEY -> ConstraintKind.PRIMARY_KEY;
          case CHECK -> ConstraintKind.CHECK;
        };
    return new DropConstraint(table, name, kind, null);
  }

  SchemaChange renameTable(String from, String to) {
    return new RenameTable(from, to);
  }

  private dev.migrate.engine.schema.Column column(Column c) {
    ColumnDefault value = c.defaultValue();
    return new dev.migrate.engine.schema.Column(
        c.name(),
        type(c.type()),
        c.nullable(),
        value == null ? null : sql(value),
        c.generatedIdentity() ? Identity.BY_DEFAULT : null,
        null);
  }

  private SqlType type(ColumnType type) {
    return type == null ? null : SqlType.parse(renderer.type(type));
  }

  private dev.migrate.engine.schema.change.AlterColumn.Default defaultValue(ColumnDefault value) {
    return value == null
        ? null
        : new dev.migrate.engine.schema.change.AlterColumn.Default(sql(value));
  }

  private String sql(ColumnDefault value) {
    return value.expression() != null ? value.expression() : renderer.literal(value.value());
  }

  private static ReferentialAction action(ForeignKey.Action action) {
    return action == null ? null : ReferentialAction.valueOf(action.name());
  }
}
