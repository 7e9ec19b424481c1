package dev.migrate.engine.autogen;

import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.View;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The scripts' schema after a new revision, put together from the proof's read, not read again. */
final class SchemaWithRevision {
  private SchemaWithRevision() {}

  /**
   * The scripts' schema with a proven revision on top: {@code before} with the tables the proof's
   * read after the upgrade covered as that read found them, and everything that is not a table's as
   * it found it. Tables and views the filter leaves out stay as they were before: the revision
   * cannot have touched them, and a read on the model's scratch database holds the model's.
   */
  static DatabaseSchema of(DatabaseSchema before, SubsetRead upgraded, TableFilter filter) {
    DatabaseSchema read = upgraded.schema();
    SortedMap<String, Table> tables = new TreeMap<>(before.tables());
    Set<String> names = new HashSet<>(before.tables().keySet());
    names.addAll(read.tables().keySet());
    for (String name : names) {
      if (filter.owns(name) && upgraded.covered().covers(name)) {
        tables.remove(name);
        if (read.tables().containsKey(name)) {
          tables.put(name, read.tables().get(name));
        }
      }
    }
    SortedMap<String, View> views = new TreeMap<>(before.views());
    views.keySet().removeIf(filter::owns);
    read.views()
        .forEach(
            (name, view) -> {
              if (filter.owns(name)) {
                views.put(name, view);
              }
            });
    SortedMap<String, Sequence> sequences = new TreeMap<>(before.sequences());
    sequences.values().removeIf(s -> kept(s, filter));
    read.sequences()
        .forEach(
            (name, sequence) -> {
              if (kept(sequence, filter)) {
                sequences.put(name, sequence);
              }
            });
    return new DatabaseSchema(
        read.schemas(),
        tables,
        views,
        sequences,
        read.enumTypes(),
        read.domains(),
        read.routines(),
        read.extensions(),
        new TreeMap<>());
  }

  /** A sequence the filter keeps: one no column owns, or a column's of a table it owns. */
  private static boolean kept(Sequence sequence, TableFilter filter) {
    String owner = sequence.owner();
    return owner == null || filter.owns(owner.substring(0, Math.max(owner.lastIndexOf('.'), 0)));
  }
}
