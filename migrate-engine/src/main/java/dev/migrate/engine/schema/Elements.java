package dev.migrate.engine.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A schema as a flat, sorted list of its objects, each with its table and its attributes as text:
 * the form in which two schemas are compared and their differences reported.
 */
final class Elements {
  private Elements() {}

  /**
   * One object of a schema.
   *
   * @param ref its name in a report
   * @param owner the object it is part of (a column's table, a grant's table or sequence), which
   *     takes it along when it comes or goes as a whole; or null
   * @param value the typed object compared for equality
   * @param attributes the compared attributes as text, in a stable order
   */
  record Element(ObjectRef ref, ObjectRef owner, Object value, Map<String, String> attributes) {}

  /** Every object of the schema, keyed by its name in a report. */
  static SortedMap<String, Element> of(DatabaseSchema schema) {
    SortedMap<String, Element> out = new TreeMap<>();
    for (String name : schema.schemas()) {
      add(out, new ObjectRef("schema", name), null, name, Map.of());
    }
    SortedMap<String, Sequence> columnSequences = schema.columnSequences();
    for (Table table : schema.tables().values()) {
      table(out, table, columnSequences);
    }
    for (View view : schema.views().values()) {
      add(out, ref(view), null, view, attrs("definition", view.definition()));
      indexes(out, view.name(), ref(view), view.indexes());
    }
    Set<String> partOfColumns = new HashSet<>();
    columnSequences.values().forEach(s -> partOfColumns.add(s.name()));
    for (Sequence s : schema.sequences().values()) {
      if (partOfColumns.contains(s.name())) {
        continue;
      }
      add(
          out,
          new ObjectRef("sequence", s.name()),
          null,
          s,
          attrs(
              "type", text(s.type()),
              "start", text(s.start()),
              "increment", text(s.increment()),
              "minimum", text(s.minimum()),
              "maximum", text(s.maximum()),
              "cycle", yesNo(s.cycle()),
              "owner", s.owner()));
    }
    for (EnumType type : schema.enumTypes().values()) {
      add(
          out,
          new ObjectRef("enum type", type.name()),
          null,
          type,
          attrs("values", type.valueList()));
    }
    for (Domain d : schema.domains().values()) {
      add(
          out,
          new ObjectRef("domain", d.name()),
          null,
          d,
          attrs(
              "type", text(d.type()),
              "nullable", yesNo(d.nullable()),
              "default", d.defaultValue(),
              "checks", d.checks()));
    }
    for (Routine r : schema.routines().values()) {
      add(out, new ObjectRef(r.kind(), r.name()), null, r, attrs("definition", r.definition()));
    }
    for (String extension : schema.extensions()) {
      add(out, new ObjectRef("extension", extension), null, extension, Map.of());
    }
    grants(out, schema, columnSequences);
    return out;
  }

  /**
   * Grants, each part of the object it is on, so that a table that goes takes its grants along in a
   * report; a grant on a serial's or identity's sequence is part of that column's table.
   */
  private static void grants(
      SortedMap<String, Element> out,
      DatabaseSchema schema,
      SortedMap<String, Sequence> columnSequences) {
    Map<String, String> sequenceTables = new HashMap<>();
    columnSequences.forEach(
        (column, s) -> sequenceTables.put(s.name(), column.substring(0, column.lastIndexOf('.'))));
    for (Grant grant : schema.grants().values()) {
      String table = grant.kind().equals("sequence") ? sequenceTables.get(grant.object()) : null;
      ObjectRef owner =
          table != null
              ? new ObjectRef("table", table)
              : new ObjectRef(grant.kind(), grant.object());
      add(
          out,
          new ObjectRef("grant", grant.key()),
          owner,
          grant,
          attrs("grant option", yesNo(grant.grantable())));
    }
  }

  private static ObjectRef ref(View view) {
    return new ObjectRef(view.materialized() ? "materialized view" : "view", view.name());
  }

  /**
   * A column and the sequence that generates its values: one thing, compared and reported as one.
   */
  private record GeneratedColumn(Column column, Sequence sequence) {}

  private static void table(
      SortedMap<String, Element> out, Table table, Map<String, Sequence> columnSequences) {
    String t = table.name();
    ObjectRef owner = new ObjectRef("table", t);
    add(
        out,
        new ObjectRef("table", t),
        null,
        text(table.comment()),
        attrs("comment", table.comment()));
    for (Column c : table.columns()) {
      Sequence sequence = columnSequences.get(t + "." + c.name());
      Map<String, String> attributes =
          attrs(
              "type", c.type().toString(),
              "nullable", yesNo(c.nullable()),
              "default", c.defaultValue(),
              "identity", c.generated() ? c.identity().toString() : "no",
              "comment", c.comment());
      if (sequence != null) {
        attributes.put("sequence", sequenceText(sequence));
      }
      add(
          out,
          new ObjectRef("column", t + "." + c.name()),
          owner,
          sequence == null ? c : new GeneratedColumn(c, sequence),
          attributes);
    }
    for (Constraint constraint : table.constraints()) {
      add(out, ref(t, constraint), owner, constraint, attributes(constraint));
    }
    indexes(out, t, owner, table.indexes());
    for (Trigger trigger : table.triggers()) {
      add(
          out,
          new ObjectRef("trigger", trigger.name() + " on " + t),
          owner,
          trigger,
          attrs("definition", trigger.definition()));
    }
  }

  private static void indexes(
      SortedMap<String, Element> out, String t, ObjectRef owner, List<Index> indexes) {
    for (Index index : indexes) {
      Map<String, String> attributes =
          attrs(
              "columns", index.keyList(),
              "unique", yesNo(index.unique()),
              "filter", index.predicate());
      if (index.method() != null) {
        attributes.put("method", index.method());
      }
      if (!index.include().isEmpty()) {
        attributes.put("include", "(" + String.join(", ", index.include()) + ")");
      }
      if (index.nullsNotDistinct()) {
        attributes.put("nulls", "not distinct");
      }
      if (!index.options().isEmpty()) {
        attributes.put("storage parameters", "(" + String.join(", ", index.options()) + ")");
      }
      add(out, new ObjectRef("index", index.name() + " on " + t), owner, index, attributes);
    }
  }

  /** {@code primary key on users}, {@code foreign key fk on orders}, {@code ... on orders (a)}. */
  static ObjectRef ref(String table, Constraint constraint) {
    String type = constraint.kind().toString();
    if (constraint instanceof PrimaryKey) {
      return new ObjectRef(type, "on " + table);
    }
    return new ObjectRef(
        type,
        constraint.name() != null
            ? constraint.name() + " on " + table
            : "on " + table + " " + constraint.shape());
  }

  private static Map<String, String> attributes(Constraint constraint) {
    if (constraint instanceof PrimaryKey pk) {
      return attrs("name", pk.name() == null ? "(generated)" : pk.name(), "columns", pk.shape());
    } else if (constraint instanceof UniqueConstraint unique) {
      Map<String, String> attributes =
          attrs(
              "columns",
              unique.shape(),
              "nulls",
              unique.nullsNotDistinct() ? "not distinct" : "distinct");
      if (!unique.include().isEmpty()) {
        attributes.put("include", "(" + String.join(", ", unique.include()) + ")");
      }
      return attributes;
    } else if (constraint instanceof ForeignKey fk) {
      return attrs("definition", fk.definition());
    } else if (constraint instanceof CheckConstraint check) {
      return attrs("definition", check.expression());
    }
    return attrs("definition", ((ExclusionConstraint) constraint).definition());
  }

  /**
   * {@code users_id_seq (integer, start 1, increment 1, minimum 1, maximum 2147483647, no cycle)}.
   */
  private static String sequenceText(Sequence s) {
    return s.name()
        + " ("
        + s.type()
        + ", start "
        + s.start()
        + ", increment "
        + s.increment()
        + ", minimum "
        + s.minimum()
        + ", maximum "
        + s.maximum()
        + (s.cycle() ? ", cycle)" : ", no cycle)");
  }

  private static void add(
      SortedMap<String, Element> out,
      ObjectRef ref,
      ObjectRef owner,
      Object value,
      Map<String, String> attributes) {
    out.putIfAbsent(ref.toString(), new Element(ref, owner, value, attributes));
  }

  private static Map<String, String> attrs(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1] == null ? "NULL" : pairs[i + 1]);
    }
    return map;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
