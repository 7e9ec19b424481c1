package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.ExclusionConstraint;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changes that turn one schema into another, as values, in an order that runs on a database:
 *
 * <ol>
 *   <li>drop the views that go or change, and the enum types and sequences that change; then the
 *       foreign keys that go or change (those of dropped tables included), then the other
 *       constraints and indexes that go or change;
 *   <li>drop the tables that go, create the enum types, sequences and tables that come (without
 *       their foreign keys, so that tables in a cycle can be created);
 *   <li>add and alter columns, add constraints and indexes, then foreign keys;
 *   <li>drop the columns that go, then the sequences and enum types that go; create the views.
 * </ol>
 *
 * <p>A serial's or an identity's sequence is part of its column: created and dropped with it, never
 * on its own. Each step is sorted by name, so two runs give the same list. A changed index,
 * constraint, view, sequence or enum type is dropped and created again. Every drop carries the full
 * definition from the first schema and every alteration the values it replaces, so every change is
 * reversible. Renames are not guessed: a renamed column is a drop and an add.
 */
public final class SchemaDiffer {
  private SchemaDiffer() {}

  /** The changes from {@code from} to {@code to}. */
  public static SchemaDiff diff(DatabaseSchema from, DatabaseSchema to) {
    Steps steps = new Steps();
    steps.views(pairs(from.views(), to.views()));
    steps.enumTypes(pairs(from.enumTypes(), to.enumTypes()));
    steps.sequences(pairs(standalone(from), standalone(to)));
    for (Pair<Table> pair : pairs(from.tables(), to.tables())) {
      if (pair.after == null) {
        steps.dropTable(pair.before);
      } else if (pair.before == null) {
        steps.createTable(pair.after);
      } else {
        steps.alterTable(pair.before, pair.after);
      }
    }
    return new SchemaDiff(steps.inOrder(), unexpressed(from, to));
  }

  /** The changes, collected per step of the order in the class comment. */
  private static final class Steps {
    final List<SchemaChange> dropsFirst = new ArrayList<>();
    final List<SchemaChange> dropForeignKeys = new ArrayList<>();
    final List<SchemaChange> dropParts = new ArrayList<>();
    final List<SchemaChange> dropTables = new ArrayList<>();
    final List<SchemaChange> creates = new ArrayList<>();
    final List<SchemaChange> columns = new ArrayList<>();
    final List<SchemaChange> addParts = new ArrayList<>();
    final List<SchemaChange> addForeignKeys = new ArrayList<>();
    final List<SchemaChange> dropColumns = new ArrayList<>();
    final List<SchemaChange> dropTypes = new ArrayList<>();
    final List<SchemaChange> createViews = new ArrayList<>();

    List<SchemaChange> inOrder() {
      List<SchemaChange> all = new ArrayList<>();
      for (List<SchemaChange> step :
          List.of(
              dropsFirst,
              dropForeignKeys,
              dropParts,
              dropTables,
              creates,
              columns,
              addParts,
              addForeignKeys,
              dropColumns,
              dropTypes,
              createViews)) {
        all.addAll(step);
      }
      return all;
    }

    void views(List<Pair<View>> pairs) {
      for (Pair<View> pair : pairs) {
        if (pair.before != null) {
          dropsFirst.add(new DropView(pair.before.name(), pair.before));
        }
        if (pair.after != null) {
          createViews.add(new CreateView(pair.after));
        }
      }
    }

    /** A changed type is dropped first and made again; one that goes, after its columns. */
    void enumTypes(List<Pair<EnumType>> pairs) {
      for (Pair<EnumType> pair : pairs) {
        if (pair.before != null) {
          (pair.after == null ? dropTypes : dropsFirst)
              .add(new DropEnumType(pair.before.name(), pair.before));
        }
        if (pair.after != null) {
          creates.add(new CreateEnumType(pair.after));
        }
      }
    }

    void sequences(List<Pair<Sequence>> pairs) {
      for (Pair<Sequence> pair : pairs) {
        if (pair.before != null) {
          (pair.after == null ? dropTypes : dropsFirst)
              .add(new DropSequence(pair.before.name(), pair.before));
        }
        if (pair.after != null) {
          creates.add(new CreateSequence(pair.after));
        }
      }
    }

    void dropTable(Table before) {
      for (ForeignKey fk : before.foreignKeys()) {
        dropForeignKeys.add(drop(before.name(), fk));
      }
      for (Index index : before.indexes()) {
        dropParts.add(new DropIndex(before.name(), index.name(), index));
      }
      dropTables.add(
          new DropTable(before.name(), before.withoutForeignKeys().withoutIndexesOrTriggers()));
    }

    void createTable(Table after) {
      creates.add(new CreateTable(after.withoutForeignKeys().withoutIndexesOrTriggers()));
      for (Index index : after.indexes()) {
        addParts.add(new CreateIndex(after.name(), index, false));
      }
      for (ForeignKey fk : after.foreignKeys()) {
        addForeignKeys.add(new AddConstraint(after.name(), fk));
      }
    }

    void alterTable(Table before, Table after) {
      String name = after.name();
      SchemaDiffer.columns(before, after, columns, dropColumns);
      for (Pair<Constraint> c : pairs(constraints(before), constraints(after))) {
        if (c.before instanceof ExclusionConstraint || c.after instanceof ExclusionConstraint) {
          continue;
        }
        boolean foreign = (c.before != null ? c.before : c.after) instanceof ForeignKey;
        if (c.before != null) {
          (foreign ? dropForeignKeys : dropParts).add(drop(name, c.before));
        }
        if (c.after != null) {
          (foreign ? addForeignKeys : addParts).add(new AddConstraint(name, c.after));
        }
      }
      for (Pair<Index> i : pairs(indexes(before), indexes(after))) {
        if (i.before != null) {
          dropParts.add(new DropIndex(name, i.before.name(), i.before));
        }
        if (i.after != null) {
          addParts.add(new CreateIndex(name, i.after, false));
        }
      }
    }
  }

  private static void columns(
      Table before, Table after, List<SchemaChange> changes, List<SchemaChange> drops) {
    Map<String, Column> was = new LinkedHashMap<>();
    before.columns().forEach(c -> was.put(c.name(), c));
    for (Column column : after.columns()) {
      Column old = was.remove(column.name());
      if (old == null) {
        changes.add(new AddColumn(after.name(), column, false));
      } else {
        AlterColumn alter = AlterColumn.between(after.name(), old, column);
        if (!alter.isEmpty()) {
          changes.add(alter);
        }
      }
    }
    for (Column gone : was.values()) {
      drops.add(new DropColumn(after.name(), gone.name(), gone));
    }
  }

  /**
   * The sequences that are objects of their own: a serial's or an identity's sequence comes and
   * goes with its column.
   */
  private static SortedMap<String, Sequence> standalone(DatabaseSchema schema) {
    SortedMap<String, Sequence> sequences = new TreeMap<>(schema.sequences());
    sequences.keySet().removeAll(names(schema.columnSequences()));
    return sequences;
  }

  /**
   * What no change value expresses: the differences that remain between the target and the source
   * once every expressible object of the source is made equal to the target's.
   */
  private static List<Difference> unexpressed(DatabaseSchema from, DatabaseSchema to) {
    DatabaseSchema.Builder expressible = from.toBuilder();
    to.views().values().forEach(expressible::view);
    to.enumTypes().values().forEach(expressible::enumType);
    Set<String> toOwn = names(to.columnSequences());
    Set<String> fromOwn = names(from.columnSequences());
    for (Sequence s : to.sequences().values()) {
      Sequence old = from.sequences().get(s.name());
      if (!toOwn.contains(s.name())) {
        // OWNED BY of a sequence that does not generate its owner is not rendered.
        expressible.sequence(s.ownedBy(old == null ? null : old.owner()));
      } else if (old != null && fromOwn.contains(old.name()) && s.owner().equals(old.owner())) {
        // A generated column's sequence options are not altered; a new one's are its defaults.
        expressible.sequence(old);
      } else {
        expressible.sequence(s);
      }
    }
    for (Table target : to.tables().values()) {
      Table source = from.tables().get(target.name());
      expressible.table(source == null ? lessUnexpressed(target) : expressed(source, target));
    }
    DatabaseSchema patched = dropped(expressible, from, to);
    return SchemaComparison.compare(to, patched);
  }

  private static Set<String> names(SortedMap<String, Sequence> sequences) {
    Set<String> names = new HashSet<>();
    sequences.values().forEach(s -> names.add(s.name()));
    return names;
  }

  private static DatabaseSchema dropped(
      DatabaseSchema.Builder builder, DatabaseSchema from, DatabaseSchema to) {
    DatabaseSchema built = builder.build();
    SortedMap<String, Table> tables = new TreeMap<>(built.tables());
    tables.keySet().retainAll(to.tables().keySet());
    SortedMap<String, View> views = new TreeMap<>(built.views());
    views.keySet().retainAll(to.views().keySet());
    SortedMap<String, Sequence> sequences = new TreeMap<>(built.sequences());
    sequences.keySet().retainAll(to.sequences().keySet());
    SortedMap<String, EnumType> types = new TreeMap<>(built.enumTypes());
    types.keySet().retainAll(to.enumTypes().keySet());
    return new DatabaseSchema(
        from.schemas(),
        tables,
        views,
        sequences,
        types,
        from.domains(),
        from.routines(),
        from.extensions(),
        from.grants());
  }

  /** A created table: everything but its triggers, exclusions and comments is expressed. */
  private static Table lessUnexpressed(Table target) {
    return target
        .withColumns(target.columns().stream().map(c -> c.comment(null)).toList())
        .withExclusions(List.of())
        .withTriggers(List.of())
        .withComment(null);
  }

  /** An altered table: the target's expressible parts, the source's identity and comments. */
  private static Table expressed(Table source, Table target) {
    Table t = lessUnexpressed(target);
    List<Column> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      Column old = source.column(c.name()).orElse(null);
      columns.add(old == null ? c : c.comment(old.comment()).withIdentity(old.identity()));
    }
    return t.withColumns(columns)
        .withExclusions(source.exclusions())
        .withTriggers(source.triggers())
        .withComment(source.comment());
  }

  private static DropConstraint drop(String table, Constraint constraint) {
    return new DropConstraint(table, constraint.name(), constraint.kind(), constraint);
  }

  private static SortedMap<String, Constraint> constraints(Table table) {
    SortedMap<String, Constraint> byKey = new TreeMap<>();
    for (Constraint c : table.constraints()) {
      byKey.put(c.kind() + " " + Table.key(c), c);
    }
    return byKey;
  }

  private static SortedMap<String, Index> indexes(Table table) {
    SortedMap<String, Index> byName = new TreeMap<>();
    table.indexes().forEach(i -> byName.put(i.name(), i));
    return byName;
  }

  private record Pair<T>(T before, T after) {}

  private static <T> List<Pair<T>> pairs(SortedMap<String, T> before, SortedMap<String, T> after) {
    SortedMap<String, Pair<T>> all = new TreeMap<>();
    before.forEach((k, v) -> all.put(k, new Pair<>(v, null)));
    after.forEach((k, v) -> all.merge(k, new Pair<>(null, v), (a, b) -> new Pair<>(a.before, v)));
    List<Pair<T>> list = new ArrayList<>();
    for (Pair<T> pair : all.values()) {
      if (!Objects.equals(pair.before, pair.after)) {
        list.add(pair);
      }
    }
    return list;
  }
}
