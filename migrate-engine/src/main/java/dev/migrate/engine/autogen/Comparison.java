package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.schema.change.SchemaChange;
import dev.migrate.engine.schema.change.SchemaDiff;
import dev.migrate.engine.schema.change.SchemaDiffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts' schema against the model's, both read from databases of one kind: the desired schema
 * aligned to the current spelling, the changes both ways in dependency order, what they say in
 * words, and what no change value can express.
 *
 * @param current the scripts' schema
 * @param desired the model's schema, aligned ({@link Alignment})
 * @param upgrade the changes from current to desired
 * @param downgrade the changes from desired back to current, built from current's definitions
 * @param unexpressed differences no change value expresses
 * @param detected one line per change
 * @param hints probable renames
 */
record Comparison(
    DatabaseSchema current,
    DatabaseSchema desired,
    List<SchemaChange> upgrade,
    List<SchemaChange> downgrade,
    List<Difference> unexpressed,
    List<String> detected,
    List<String> hints) {

  static Comparison of(DatabaseSchema current, DatabaseSchema model, Renames renames) {
    DatabaseSchema desired = Alignment.named(Alignment.align(current, model));
    SchemaDiff up = SchemaDiffer.diff(current, desired);
    SchemaDiff down = SchemaDiffer.diff(desired, current);
    List<SchemaChange> upgrade = renames.apply(up.changes());
    List<SchemaChange> downgrade = renames.reversed().apply(down.changes());
    List<String> detected = new ArrayList<>();
    upgrade.forEach(change -> detected.addAll(ChangeWords.detected(change)));
    return new Comparison(
        current,
        desired,
        upgrade,
        downgrade,
        up.unexpressed(),
        detected,
        Renames.probable(upgrade));
  }

  /** True when the model and the scripts agree. */
  boolean isEmpty() {
    return upgrade.isEmpty() && unexpressed.isEmpty();
  }
}
