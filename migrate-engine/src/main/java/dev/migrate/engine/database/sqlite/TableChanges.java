package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.migration.InvalidOperationException;
import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.change.AlterColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The new shape of a table that SQLite recreates: one change applied to the typed model. */
final class TableChanges {
  private TableChanges() {}

  /** The table with one column's type, nullability, default and/or name changed. */
  static Table alter(Table table, AlterColumn a) {
    Column old =
        table
            .column(a.column())
            .orElseThrow(
                () ->
                    new InvalidOperationException(
                        "alterColumn " + a.table() + "." + a.column() + ": no such column"));
    String name = a.newName() != null ? a.newName() : old.name();
    Column altered =
        new Column(
            name,
            a.type() != null ? a.type() : old.type(),
            a.nullable() != null ? a.nullable() : old.nullable(),
            a.defaultValue() != null ? a.defaultValue().expression() : old.defaultValue(),
            old.identity(),
            old.comment());
    List<Column> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      columns.add(c == old ? altered : c);
    }
    Table result = rebuilt(table, columns);
    return a.newName() == null ? result : renamed(result, old.name(), a.newName());
  }

  /** The table without the column and without every key and index over it. */
  static Table dropColumn(Table table, String column) {
    if (table.column(column).isEmpty()) {
      throw new InvalidOperationException(
          "dropColumn " + table.name() + "." + column + ": no such column");
    }
    Predicate<List<String>> uses = columns -> columns.stream().anyMatch(column::equalsIgnoreCase);
    List<Column> columns =
        table.columns().stream().filter(c -> !c.name().equalsIgnoreCase(column)).toList();
    return new Table(
        table.name(),
        columns,
        table.primaryKey() != null && uses.test(table.primaryKey().columns())
            ? null
            : table.primaryKey(),
        table.uniques().stream().filter(u -> !uses.test(u.columns())).toList(),
        table.foreignKeys().stream().filter(f -> !uses.test(f.columns())).toList(),
        table.checks(),
        table.exclusions(),
        table.indexes().stream()
            .filter(i -> !uses.test(i.keys().stream().map(IndexKey::text).toList()))
            .toList(),
        table.triggers(),
        table.comment());
  }

  /** The table with one more constraint. */
  static Table add(Table table, Constraint constraint) {
    if (constraint instanceof PrimaryKey key) {
      return table.withPrimaryKey(key);
    } else if (constraint instanceof UniqueConstraint unique) {
      return table.withUnique(unique);
    } else if (constraint instanceof ForeignKey key) {
      return table.withForeignKey(key);
    } else if (constraint instanceof CheckConstraint check) {
      return table.withCheck(check);
    }
    throw new InvalidOperationException(
        "Cannot add " + constraint.kind() + " " + constraint.name() + " on SQLite");
  }

  /** The table without the named constraint; a primary key needs no name. */
  static Table drop(Table table, String name, ConstraintKind kind) {
    Predicate<Constraint> named = c -> c.name() != null && c.name().equalsIgnoreCase(name);
    Table result =
        switch (kind) {
          case PRIMARY_KEY ->
              table.primaryKey() == null ? null : rebuilt(table, table.columns(), null);
          case UNIQUE -> without(table, table.uniques(), named, Kind.UNIQUE);
          case FOREIGN_KEY -> without(table, table.foreignKeys(), named, Kind.FOREIGN_KEY);
          case CHECK -> without(table, table.checks(), named, Kind.CHECK);
          default -> null;
        };
    if (result == null) {
      throw new InvalidOperationException(
          "dropConstraint "
              + name
              + " on "
              + table.name()
              + ": the table has no such "
              + kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " (SQLite knows a constraint by the name its CREATE TABLE gave it)");
    }
    return result;
  }

  private enum Kind {
    UNIQUE,
    FOREIGN_KEY,
    CHECK
  }

  private static <C extends Constraint> Table without(
      Table table, List<C> constraints, Predicate<Constraint> named, Kind kind) {
    if (constraints.stream().noneMatch(named)) {
      return null;
    }
    List<C> kept = constraints.stream().filter(named.negate()).toList();
    return new Table(
        table.name(),
        table.columns(),
        table.primaryKey(),
        kind == Kind.UNIQUE ? cast(kept) : table.uniques(),
        kind == Kind.FOREIGN_KEY ? cast(kept) : table.foreignKeys(),
        kind == Kind.CHECK ? cast(kept) : table.checks(),
        table.exclusions(),
        table.indexes(),
        table.triggers(),
        table.comment());
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<?> list) {
    return (List<T>) list;
  }

  private static Table rebuilt(Table table, List<Column> columns) {
    return rebuilt(table, columns, table.primaryKey());
  }

  private static Table rebuilt(Table table, List<Column> columns, PrimaryKey primaryKey) {
    return new Table(
        table.name(),
        columns,
        primaryKey,
        table.uniques(),
        table.foreignKeys(),
        table.checks(),
        table.exclusions(),
        table.indexes(),
        table.triggers(),
        table.comment());
  }

  /** Keys and indexes over a renamed column follow it. */
  private static Table renamed(Table table, String from, String to) {
    PrimaryKey key = table.primaryKey();
    return new Table(
        table.name(),
        table.columns(),
        key == null ? null : new PrimaryKey(key.name(), rename(key.columns(), from, to)),
        table.uniques().stream()
            .map(
                u ->
                    new UniqueConstraint(
                        u.name(), rename(u.columns(), from, to), u.include(), u.nullsNotDistinct()))
            .toList(),
        table.foreignKeys().stream()
            .map(
                f ->
                    new ForeignKey(
                        f.name(),
                        rename(f.columns(), from, to),
                        f.referencedTable(),
                        f.referencedColumns(),
                        f.onDelete(),
                        f.onUpdate(),
                        f.match(),
                        f.deferrable(),
                        f.initiallyDeferred()))
            .toList(),
        table.checks(),
        table.exclusions(),
        table.indexes().stream().map(i -> renamed(i, from, to)).toList(),
        table.triggers(),
        table.comment());
  }

  private static Index renamed(Index index, String from, String to) {
    List<IndexKey> keys = new ArrayList<>();
    for (IndexKey k : index.keys()) {
      keys.add(
          !k.expression() && k.text().equalsIgnoreCase(from)
              ? new IndexKey(to, false, k.descending(), k.nulls(), k.collation(), k.opclass())
              : k);
    }
    return new Index(
        index.name(),
        keys,
        index.unique(),
        index.predicate(),
        index.method(),
        index.include(),
        index.nullsNotDistinct(),
        index.options());
  }

  private static List<String> rename(List<String> columns, String from, String to) {
    return columns.stream().map(c -> c.equalsIgnoreCase(from) ? to : c).toList();
  }
}
