package dev.migrate.engine.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a database at one moment: every schema object the migrations can create, keyed by
 * {@link SchemaObject#key()}. Two snapshots are equal when the schemas are; {@link
 * #differencesFrom} says how they are not, in plain words. The migrate version and history tables
 * are never part of a snapshot.
 *
 * @param objects the objects by key, sorted
 */
public record SchemaSnapshot(SortedMap<String, SchemaObject> objects) {

  public SchemaSnapshot {
    objects = Collections.unmodifiableSortedMap(new TreeMap<>(objects));
  }

  /** A snapshot of the given objects; a duplicate key keeps the first. */
  public static SchemaSnapshot of(List<SchemaObject> objects) {
    SortedMap<String, SchemaObject> byKey = new TreeMap<>();
    for (SchemaObject object : objects) {
      byKey.putIfAbsent(object.key(), object);
    }
    return new SchemaSnapshot(byKey);
  }

  public boolean isEmpty() {
    return objects.isEmpty();
  }

  /**
   * How this snapshot differs from the expected one. An object whose table is itself missing or
   * still there is not listed again: "table users is still there" says it all.
   */
  public List<SchemaDifference> differencesFrom(SchemaSnapshot expected) {
    Set<String> keys = new TreeSet<>(objects.keySet());
    keys.addAll(expected.objects.keySet());
    List<SchemaDifference> found = new ArrayList<>();
    Set<String> wholeTables = new HashSet<>();
    for (String key : keys) {
      SchemaObject want = expected.objects.get(key);
      SchemaObject have = objects.get(key);
      if (want == null) {
        found.add(SchemaDifference.extra(have));
        wholeTables.add(key);
      } else if (have == null) {
        found.add(SchemaDifference.missing(want));
        wholeTables.add(key);
      } else {
        addChanges(want, have, found);
      }
    }
    found.removeIf(
        d ->
            d.change() != SchemaDifference.Change.CHANGED
                && d.object().parent() != null
                && wholeTables.contains(d.object().parent()));
    return List.copyOf(found);
  }

  private static void addChanges(SchemaObject want, SchemaObject have, List<SchemaDifference> out) {
    Set<String> names = new java.util.LinkedHashSet<>(want.properties().keySet());
    names.addAll(have.properties().keySet());
    for (String name : names) {
      String expected = want.properties().getOrDefault(name, "NULL");
      String actual = have.properties().getOrDefault(name, "NULL");
      if (!expected.equals(actual)) {
        out.add(SchemaDifference.changed(have, name, expected, actual));
      }
    }
  }

  /** The objects of one type, e.g. every {@code table}; for tests and reports. */
  public List<SchemaObject> ofType(String type) {
    List<SchemaObject> matching = new ArrayList<>();
    for (Map.Entry<String, SchemaObject> entry : objects.entrySet()) {
      if (entry.getValue().type().equals(type)) {
        matching.add(entry.getValue());
      }
    }
    return matching;
  }
}
