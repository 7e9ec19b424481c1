package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alembic's branch-label inheritance (reference 2.4) in two linear passes instead of one graph walk
 * per label.
 *
 * <p>A label declared on R covers every versioned descendant of R. Alembic also walks down from the
 * last descendant of R and labels ancestors until a real branch point or a merge point; that walk
 * only gets past R when R and everything above it form a plain chain ("pure" below). The labels
 * such walks push onto a node are collected top-down, then all labels flow down parent edges in
 * topological order.
 */
final class LabelInheritance {
  private final List<Revision> revisions;
  private final int[][] parents;
  private final int[][] children;
  private final int[][] allChildren;
  private final int[] topo;

  LabelInheritance(
      List<Revision> revisions,
      int[][] parents,
      int[][] children,
      int[][] allChildren,
      int[] topo) {
    this.revisions = revisions;
    this.parents = parents;
    this.children = children;
    this.allChildren = allChildren;
    this.topo = topo;
  }

  List<List<String>> compute() {
    int n = revisions.size();
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    BitSet[] declared = new BitSet[n];
    for (int i = 0; i < n; i++) {
      declared[i] = new BitSet();
      for (String label : revisions.get(i).branchLabels()) {
        declared[i].set(
            index.computeIfAbsent(
                label,
                k -> {
                  names.add(k);
                  return names.size() - 1;
                }));
      }
    }
    List<List<String>> result = new ArrayList<>(n);
    if (names.isEmpty()) {
      for (int i = 0; i < n; i++) {
        result.add(List.of());
      }
      return result;
    }
    boolean[] pure = new boolean[n];
    BitSet[] pushed = new BitSet[n];
    for (int k = n - 1; k >= 0; k--) {
      int y = topo[k];
      boolean special = allChildren[y].length > 1 || parents[y].length > 1;
      pure[y] = !special && (children[y].length == 0 || pure[children[y][0]]);
      pushed[y] = new BitSet();
      if (!special && children[y].length == 1) {
        int c = children[y][0];
        if (pure[c]) {
          pushed[y].or(declared[c]);
        }
        pushed[y].or(pushed[c]);
      }
    }
    BitSet[] labels = new BitSet[n];
    for (int y : topo) {
      BitSet set = (BitSet) declared[y].clone();
      set.or(pushed[y]);
      for (int p : parents[y]) {
        set.or(labels[p]);
      }
      labels[y] = set;
    }
    Map<BitSet, List<String>> shared = new HashMap<>();
    for (int i = 0; i < n; i++) {
      result.add(
          shared.computeIfAbsent(
              labels[i],
              set -> {
                List<String> sorted = new ArrayList<>();
                set.stream().forEach(b -> sorted.add(names.get(b)));
                sorted.sort(null);
                return List.copyOf(sorted);
              }));
    }
    return result;
  }
}
