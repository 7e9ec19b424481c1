package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.TableSubset;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AddConstraint;
import dev.migrate.engine.schema.change.AlterColumn;
import dev.migrate.engine.schema.change.CreateIndex;
import dev.migrate.engine.schema.change.CreateTable;
import dev.migrate.engine.schema.change.DropColumn;
import dev.migrate.engine.schema.change.DropConstraint;
import dev.migrate.engine.schema.change.DropIndex;
import dev.migrate.engine.schema.change.DropTable;
import dev.migrate.engine.schema.change.RenameTable;
import dev.migrate.engine.schema.change.SchemaChange;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a revision's statements can change, which its proof reads instead of the whole schema.
 *
 * <p>Sound because: a table outside the reach is named by no change, is the same value in the
 * scripts' schema and the model's (so a full read would find it as the model has it, unless a
 * statement changed it), and has no foreign key to a table inside. The statements rendered for a
 * table's changes then cannot change it: renderers drop nothing with {@code CASCADE} (the database
 * refuses a drop that others depend on), and the one way such a statement rewrites another table's
 * definition is through that table's foreign keys (a renamed table or column is renamed in the keys
 * that reference it; SQLite's table recreation likewise). Views, sequences, types and routines are
 * read whole either way. Inheritance and event triggers, which reach further, make the PostgreSQL
 * reader read every table, and the other databases' readers always do (SQLite's renames rewrite
 * triggers on other tables). A change that is not a table's (a view, a sequence, an enum type)
 * makes the reach every table. And every read still lists the names of all tables, so a table that
 * a statement made or dropped outside the reach fails the proof too.
 */
final class Reach {
  private Reach() {}

  static TableSubset of(Comparison comparison) {
    Set<String> reach = new HashSet<>();
    for (List<SchemaChange> changes : List.of(comparison.upgrade(), comparison.downgrade())) {
      for (SchemaChange change : changes) {
        Optional<List<String>> tables = tablesOf(change);
        if (tables.isEmpty()) {
          return TableSubset.all();
        }
        reach.addAll(tables.get());
      }
    }
    DatabaseSchema current = comparison.current();
    DatabaseSchema desired = comparison.desired();
    Set<String> names = new HashSet<>(current.tables().keySet());
    names.addAll(desired.tables().keySet());
    for (String name : names) {
      // A difference no change expresses is still the proof's to report.
      if (!Objects.equals(current.tables().get(name), desired.tables().get(name))) {
        reach.add(name);
      }
    }
    Set<String> referencing = new HashSet<>();
    for (DatabaseSchema schema : List.of(current, desired)) {
      for (Table table : schema.tables().values()) {
        for (ForeignKey key : table.foreignKeys()) {
          if (reach.contains(key.referencedTable())) {
            referencing.add(table.name());
          }
        }
      }
    }
    reach.addAll(referencing);
    return TableSubset.of(reach);
  }

  /**
   * The tables a change names, or empty when it is not a table's change. (An instanceof chain: a
   * switch over the sealed kinds needs Java 21; a kind added later falls to empty, which makes the
   * proof read every table, slower but never unsound.)
   */
  private static Optional<List<String>> tablesOf(SchemaChange change) {
    if (change instanceof CreateTable c) {
      return Optional.of(List.of(c.table().name()));
    }
    if (change instanceof DropTable c) {
      return Optional.of(List.of(c.name()));
    }
    if (change instanceof RenameTable c) {
      // The new name qualified as the old one is, as a read names the renamed table.
      return Optional.of(List.of(c.from(), c.reverse().from()));
    }
    if (change instanceof AddColumn c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof DropColumn c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof AlterColumn c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof CreateIndex c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof DropIndex c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof AddConstraint c) {
      return Optional.of(List.of(c.table()));
    }
    if (change instanceof DropConstraint c) {
      return Optional.of(List.of(c.table()));
    }
    return Optional.empty();
  }
}
