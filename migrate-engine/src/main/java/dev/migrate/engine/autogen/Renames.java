package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AlterColumn;
import dev.migrate.engine.schema.change.DropColumn;
import dev.migrate.engine.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Column renames: the ones the {@code renameColumns} setting asks for turn a drop and an add in one
 * table into one {@code RENAME} (with any change of type, nullability or default); the others a
 * drop and an add of the same definition suggest are reported as probable renames, with the setting
 * that writes them.
 *
 * @param renames {@code table.old} to the new name
 */
record Renames(Map<String, String> renames) {

  /** From the setting's {@code table.old:new} items. */
  static Renames of(List<String> items) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String item : items) {
      int colon = item.lastIndexOf(':');
      map.put(item.substring(0, colon), item.substring(colon + 1));
    }
    return new Renames(map);
  }

  /** The same renames the other way, for the downgrade: {@code table.new} to the old name. */
  Renames reversed() {
    Map<String, String> map = new LinkedHashMap<>();
    renames.forEach(
        (from, to) -> {
          int dot = from.lastIndexOf('.');
          map.put(from.substring(0, dot + 1) + to, from.substring(dot + 1));
        });
    return new Renames(map);
  }

  /** The changes with each asked-for drop-and-add pair written as a rename, in the add's place. */
  List<SchemaChange> apply(List<SchemaChange> changes) {
    if (renames.isEmpty()) {
      return changes;
    }
    Map<String, DropColumn> drops = new LinkedHashMap<>();
    for (SchemaChange change : changes) {
      if (change instanceof DropColumn drop && renames.containsKey(key(drop))) {
        drops.put(drop.table() + "." + renames.get(key(drop)), drop);
      }
    }
    List<DropColumn> used = new ArrayList<>();
    List<SchemaChange> out = new ArrayList<>();
    for (SchemaChange change : changes) {
      if (change instanceof AddColumn add
          && drops.containsKey(add.table() + "." + add.column().name())) {
        DropColumn drop = drops.get(add.table() + "." + add.column().name());
        used.add(drop);
        out.add(AlterColumn.between(add.table(), drop.definition(), add.column()));
      } else {
        out.add(change);
      }
    }
    out.removeAll(used);
    return out;
  }

  /**
   * {@code column 'orders.total' dropped and 'orders.amount' added with the same definition: a
   * rename? set renameColumns=orders.total:amount to write it as one}, for each such pair left.
   */
  static List<String> probable(List<SchemaChange> changes) {
    List<String> hints = new ArrayList<>();
    for (SchemaChange change : changes) {
      if (change instanceof DropColumn drop && drop.definition() != null) {
        for (SchemaChange other : changes) {
          if (other instanceof AddColumn add
              && add.table().equals(drop.table())
              && sameDefinition(drop.definition(), add.column())) {
            hints.add(
                "Detected probable rename of column '"
                    + drop.table()
                    + "."
                    + drop.column()
                    + "' to '"
                    + add.column().name()
                    + "' (dropped and added with the same definition): set renameColumns="
                    + drop.table()
                    + "."
                    + drop.column()
                    + ":"
                    + add.column().name()
                    + " to write it as a RENAME and keep the data");
          }
        }
      }
    }
    return hints;
  }

  private static boolean sameDefinition(Column a, Column b) {
    return a.type().equals(b.type())
        && a.nullable() == b.nullable()
        && Objects.equals(a.defaultValue(), b.defaultValue())
        && Objects.equals(a.identity(), b.identity());
  }

  private static String key(DropColumn drop) {
    return drop.table() + "." + drop.column();
  }
}
