package dev.migrate.engine.graph;

import java.util.BitSet;

/**
 * Alembic's {@code _topological_sort}: the newest-first order in which a set of revisions is
 * visited, depth-first by head in load order, a shared ancestor only after every pending head that
 * needs it. Upgrades run the result reversed, downgrades as is.
 *
 * <p>Alembic keeps one ancestor set per pending head and recomputes it at every merge, branch and
 * dependency; here each pending head's set is exactly the precomputed closure of that head, so the
 * "does another pending head still need this one" test is one bit lookup.
 */
final class OrderWalk {
  private OrderWalk() {}

  static int[] newestFirst(RevisionGraph graph, BitSet revisions, int[] heads) {
    BitSet todo = (BitSet) revisions.clone();
    int[] output = new int[todo.cardinality()];
    int emitted = 0;
    int[] pending = new int[Math.max(4, heads.length)];
    int size = 0;
    boolean[] inPending = new boolean[graph.size()];
    BitSet seeds = new BitSet();
    for (int h : heads) {
      if (h >= 0 && todo.get(h)) {
        seeds.set(h);
      }
    }
    for (int h = seeds.nextSetBit(0); h >= 0; h = seeds.nextSetBit(h + 1)) {
      pending = grow(pending, size + 1);
      pending[size++] = h;
      inPending[h] = true;
    }
    int i = 0;
    while (size > 0) {
      int candidate = pending[i];
      int redirect = -1;
      for (int j = 0; j < size; j++) {
        if (j != i && graph.closure(pending[j]).get(candidate)) {
          redirect = j;
          break;
        }
      }
      if (redirect >= 0) {
        i = redirect;
        continue;
      }
      if (todo.get(candidate)) {
        output[emitted++] = candidate;
        todo.clear(candidate);
      }
      int[] down = graph.normalizedDown(candidate);
      int first = -1;
      inPending[candidate] = false;
      for (int d : down) {
        if (!todo.get(d) || inPending[d]) {
          continue;
        }
        if (first < 0) {
          first = d;
          pending[i] = d;
        } else {
          pending = grow(pending, size + 1);
          pending[size++] = d;
        }
        inPending[d] = true;
      }
      if (first < 0) {
        System.arraycopy(pending, i + 1, pending, i, size - i - 1);
        size--;
        i = Math.max(i - 1, 0);
      }
    }
    if (emitted == output.length) {
      return output;
    }
    int[] trimmed = new int[emitted];
    System.arraycopy(output, 0, trimmed, 0, emitted);
    return trimmed;
  }

  private static int[] grow(int[] array, int needed) {
    if (needed <= array.length) {
      return array;
    }
    int[] bigger = new int[Math.max(needed, array.length * 2)];
    System.arraycopy(array, 0, bigger, 0, array.length);
    return bigger;
  }
}
