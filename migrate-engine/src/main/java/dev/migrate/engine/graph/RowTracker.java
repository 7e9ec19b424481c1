package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.GraphException;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates the version table while a plan is built (Alembic's {@code HeadMaintainer}, reference
 * 3.4), so that every step carries the exact row changes it makes. Where Alembic picks rows in
 * set-iteration order, this picks them in declared parent order: all but the last are deleted
 * (merge) or inserted (unmerge), the last is updated.
 */
final class RowTracker {
  private final RevisionGraph graph;
  private final List<Integer> rows = new ArrayList<>();

  RowTracker(RevisionGraph graph, int[] initial) {
    this.graph = graph;
    for (int r : initial) {
      rows.add(r);
    }
  }

  List<Integer> rows() {
    return List.copyOf(rows);
  }

  boolean has(int node) {
    return rows.contains(node);
  }

  /** Linear step, new branch, or merge: the rows for applying {@code node}'s upgrade. */
  List<RowChange> upgrade(int node) {
    List<Integer> present = new ArrayList<>();
    for (int d : graph.normalizedDown(node)) {
      if (rows.contains(d)) {
        present.add(d);
      }
    }
    List<RowChange> changes = new ArrayList<>();
    if (present.isEmpty()) {
      insert(node, changes);
    } else {
      // A parent that is not a row is implied by another row and stays implied.
      for (int k = 0; k < present.size() - 1; k++) {
        delete(present.get(k), changes);
      }
      update(present.get(present.size() - 1), node, changes);
    }
    return changes;
  }

  /** Linear step, delete branch, or (partial) unmerge: the rows for undoing {@code node}. */
  List<RowChange> downgrade(int node) {
    if (!rows.contains(node)) {
      throw new GraphException(
          "Cannot downgrade "
              + graph.id(node)
              + ": it is not a version row (rows: "
              + String.join(", ", ids(rows))
              + ")");
    }
    int[] down = graph.normalizedDown(node);
    List<RowChange> changes = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    for (int d : down) {
      if (!impliedElsewhere(node, d, down)) {
        to.add(d);
      }
    }
    if (to.isEmpty()) {
      delete(node, changes);
    } else if (down.length > 1) {
      for (int k = 0; k < to.size() - 1; k++) {
        insert(to.get(k), changes);
      }
      update(node, to.get(to.size() - 1), changes);
    } else {
      update(node, down[0], changes);
    }
    return changes;
  }

  /**
   * A parent of a downgraded revision needs no row of its own when another row implies it, or when
   * another parent of the same revision does (the partial unmerge of #1373).
   */
  private boolean impliedElsewhere(int node, int parent, int[] siblings) {
    for (int r : rows) {
      if (r != node && graph.isAncestor(parent, r)) {
        return true;
      }
    }
    for (int s : siblings) {
      if (s != parent && graph.isAncestor(parent, s)) {
        return true;
      }
    }
    return false;
  }

  // ---- stamp steps (Alembic's StampStep through HeadMaintainer) ----

  List<RowChange> stamp(List<Integer> from, int to, boolean upgrade, boolean branchMove) {
    List<RowChange> changes = new ArrayList<>();
    boolean fromMissing = from.stream().anyMatch(f -> !rows.contains(f));
    if (!upgrade && branchMove) {
      delete(from.get(0), changes);
    } else if (upgrade && (branchMove || fromMissing) && !rows.contains(to)) {
      insert(to, changes);
    } else if (from.size() > 1) {
      for (int k = 0; k < from.size() - 1; k++) {
        delete(from.get(k), changes);
      }
      update(from.get(from.size() - 1), to, changes);
    } else {
      update(from.get(0), to, changes);
    }
    return changes;
  }

  private void insert(int node, List<RowChange> changes) {
    if (rows.contains(node)) {
      throw new GraphException("Version row " + graph.id(node) + " would be inserted twice");
    }
    rows.add(node);
    changes.add(new RowChange.Insert(graph.id(node)));
  }

  private void delete(int node, List<RowChange> changes) {
    if (!rows.remove(Integer.valueOf(node))) {
      throw new GraphException(
          "Version row " + graph.id(node) + " would be deleted but is not a current row");
    }
    changes.add(new RowChange.Delete(graph.id(node)));
  }

  private void update(int from, int to, List<RowChange> changes) {
    int index = rows.indexOf(from);
    if (index < 0 || rows.contains(to)) {
      throw new GraphException(
          "Version row " + graph.id(from) + " cannot be updated to " + graph.id(to));
    }
    rows.set(index, to);
    changes.add(new RowChange.Update(graph.id(from), graph.id(to)));
  }

  private List<String> ids(List<Integer> nodes) {
    List<String> result = new ArrayList<>();
    for (int n : nodes) {
      result.add(graph.id(n));
    }
    return result;
  }
}
