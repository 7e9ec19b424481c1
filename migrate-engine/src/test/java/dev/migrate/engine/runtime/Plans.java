package dev.migrate.engine.runtime;

import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.testing.FixedMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made linear plans, so the runtime is tested without the planner. */
final class Plans {
  private Plans() {}

  /** Upgrade from the row {@code from} (null for base) through the given chain. */
  static Plan upgrade(String from, List<FixedMigration> chain) {
    List<Step> steps = new ArrayList<>();
    String row = from;
    for (FixedMigration m : chain) {
      String id = m.revision().id();
      RowChange change = row == null ? new RowChange.Insert(id) : new RowChange.Update(row, id);
      steps.add(
          new Step(
              Direction.UPGRADE,
              m.revision(),
              row == null ? List.of() : List.of(row),
              List.of(id),
              List.of(change)));
      row = id;
    }
    return new Plan(steps, from == null ? List.of() : List.of(from), List.of(row));
  }

  /**
   * Downgrade of the chain (given in upgrade order) from its last revision to its first's parent.
   */
  static Plan downgrade(List<FixedMigration> chain) {
    List<Step> steps = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      FixedMigration m = chain.get(i);
      String id = m.revision().id();
      List<String> parents = m.revision().downRevisions();
      RowChange change =
          parents.isEmpty() ? new RowChange.Delete(id) : new RowChange.Update(id, parents.get(0));
      steps.add(new Step(Direction.DOWNGRADE, m.revision(), List.of(id), parents, List.of(change)));
    }
    List<String> end = chain.get(0).revision().downRevisions();
    return new Plan(steps, List.of(chain.get(chain.size() - 1).revision().id()), end);
  }

  /** Five revisions r1..r5, each creating table t_rN; {@code failing} adds a bad statement. */
  static List<FixedMigration> chain(int size, int failing) {
    List<FixedMigration> chain = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      List<String> up = new ArrayList<>();
      up.add("CREATE TABLE t_r" + i + " (id INT PRIMARY KEY)");
      if (i == failing) {
        up.add("INSERT INTO no_such_table VALUES (1)");
      }
      chain.add(
          FixedMigration.of(
              "r" + i, i == 1 ? null : "r" + (i - 1), up, List.of("DROP TABLE t_r" + i)));
    }
    return chain;
  }

  static Map<String, dev.migrate.engine.script.Migration> byId(List<FixedMigration> chain) {
    Map<String, dev.migrate.engine.script.Migration> map = new LinkedHashMap<>();
    chain.forEach(m -> map.put(m.revision().id(), m));
    return map;
  }
}
