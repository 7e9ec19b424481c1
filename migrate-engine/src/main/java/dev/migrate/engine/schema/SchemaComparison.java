package dev.migrate.engine.schema;

import dev.migrate.engine.schema.Elements.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Compares a schema with the one expected, object by object and attribute by attribute, for a
 * report: what is extra, what is missing, which attribute of which object differs. Objects are
 * matched by name; a constraint whose name the database generated, by its shape.
 */
public final class SchemaComparison {
  private SchemaComparison() {}

  /**
   * How {@code actual} differs from {@code expected}, sorted by object. The parts of an object that
   * is extra or missing as a whole (a table's columns and grants ...) are not listed again.
   */
  public static List<Difference> compare(DatabaseSchema expected, DatabaseSchema actual) {
    SortedMap<String, Element> want = Elements.of(expected);
    SortedMap<String, Element> have = Elements.of(actual);
    Set<String> keys = new TreeSet<>(want.keySet());
    keys.addAll(have.keySet());
    Set<ObjectRef> wholes = new HashSet<>();
    for (String key : keys) {
      Element w = want.get(key);
      Element h = have.get(key);
      if (w == null || h == null) {
        wholes.add((w != null ? w : h).ref());
      }
    }
    List<Difference> found = new ArrayList<>();
    for (String key : keys) {
      Element w = want.get(key);
      Element h = have.get(key);
      Element either = w != null ? w : h;
      if (either.owner() != null && wholes.contains(either.owner()) && (w == null || h == null)) {
        continue;
      }
      if (w == null) {
        found.add(Difference.extra(h.ref()));
      } else if (h == null) {
        found.add(Difference.missing(w.ref()));
      } else if (!Objects.equals(w.value(), h.value())) {
        changes(w, h, found);
      }
    }
    return List.copyOf(found);
  }

  private static void changes(Element want, Element have, List<Difference> out) {
    Set<String> names = new java.util.LinkedHashSet<>(want.attributes().keySet());
    names.addAll(have.attributes().keySet());
    for (String name : names) {
      String expected = want.attributes().getOrDefault(name, "NULL");
      String actual = have.attributes().getOrDefault(name, "NULL");
      if (!expected.equals(actual)) {
        out.add(new Difference(Difference.Change.CHANGED, have.ref(), name, expected, actual));
      }
    }
  }
}
