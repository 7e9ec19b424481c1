package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.CycleException;
import dev.migrate.engine.api.error.DuplicateBranchLabelException;
import dev.migrate.engine.api.error.DuplicateRevisionException;
import dev.migrate.engine.api.error.InvalidRevisionException;
import dev.migrate.engine.api.error.MissingRevisionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Validates revisions and computes everything the graph answers from: integer nodes in load order,
 * adjacency arrays, ancestor closures as bitsets, normalized dependencies and inherited labels.
 * Every check runs once here so that queries never walk the graph again.
 */
final class GraphBuilder {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
  private static final int[] NONE = new int[0];

  private final List<Revision> revisions;
  private final int n;
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<String, Integer> byLabel = new HashMap<>();
  private final List<String> labelKeys = new ArrayList<>();
  private final TreeMap<String, Integer> keyOrder = new TreeMap<>();
  private int[][] parents;
  private int[][] deps;
  private int[][] allDown;

  private GraphBuilder(List<Revision> revisions) {
    this.revisions = List.copyOf(revisions);
    this.n = this.revisions.size();
  }

  static RevisionGraph build(List<Revision> revisions) {
    return new GraphBuilder(revisions).build();
  }

  private RevisionGraph build() {
    checkDeclarations();
    indexIds();
    indexLabels();
    resolveEdges();
    int[][] children = invert(parents, false);
    int[][] allChildren = invert(allDown, true);
    int[] topo = topologicalOrder(allChildren);
    BitSet[] closure = closures(topo, allDown);
    BitSet[] versionedClosure = versionedClosures(topo, closure);
    checkRedundantParents(versionedClosure);
    int[][] normDeps = normalizeDependencies(versionedClosure);
    int[][] normDown = new int[n][];
    for (int i = 0; i < n; i++) {
      normDown[i] = concatDistinct(parents[i], normDeps[i]);
    }
    List<List<String>> labels =
        new LabelInheritance(revisions, parents, children, allChildren, topo).compute();
    return new RevisionGraph(
        revisions,
        byId,
        byLabel,
        keyOrder,
        parents,
        deps,
        normDeps,
        normDown,
        children,
        allChildren,
        closure,
        versionedClosure,
        labels);
  }

  private void checkDeclarations() {
    for (Revision r : revisions) {
      if (!ID.matcher(r.id()).matches()) {
        throw new InvalidRevisionException(
            r.id(),
            r.source(),
            "the revision id '"
                + r.id()
                + "' is not valid; use 1 to 32 letters, digits or underscores (the version"
                + " column is VARCHAR(32))");
      }
      if (r.downRevisions().contains(r.id())) {
        throw new CycleException(
            List.of(r.id()), false, "Self-loop", " in down_revision (" + r.source() + ")");
      }
      if (r.dependsOn().contains(r.id())) {
        throw new CycleException(
            List.of(r.id()), true, "Dependency self-loop", " in depends_on (" + r.source() + ")");
      }
      for (String label : r.branchLabels()) {
        if (label.isBlank()
            || TargetParser.isReserved(label)
            || label.chars().anyMatch(c -> c == '@' || c == ':' || Character.isWhitespace(c))) {
          throw new InvalidRevisionException(
              r.id(),
              r.source(),
              "branch label '"
                  + label
                  + "' is not valid; labels must not be head, heads, base or current and must"
                  + " not contain '@', ':' or spaces");
        }
      }
    }
  }

  private void indexIds() {
    for (int i = 0; i < n; i++) {
      Revision r = revisions.get(i);
      Integer previous = byId.putIfAbsent(r.id(), i);
      if (previous != null) {
        throw new DuplicateRevisionException(r.id(), revisions.get(previous).source(), r.source());
      }
      keyOrder.put(r.id(), i);
    }
  }

  private void indexLabels() {
    for (int i = 0; i < n; i++) {
      Revision r = revisions.get(i);
      for (String label : r.branchLabels()) {
        Integer owner = byId.containsKey(label) ? byId.get(label) : byLabel.get(label);
        if (owner != null) {
          Revision other = revisions.get(owner);
          throw new DuplicateBranchLabelException(
              label, r.id(), r.source(), other.id(), other.source());
        }
        byLabel.put(label, i);
        keyOrder.put(label, n + labelKeys.size());
        labelKeys.add(label);
      }
    }
  }

  private void resolveEdges() {
    parents = new int[n][];
    deps = new int[n][];
    allDown = new int[n][];
    for (int i = 0; i < n; i++) {
      Revision r = revisions.get(i);
      LinkedHashSet<Integer> ps = new LinkedHashSet<>();
      for (String p : r.downRevisions()) {
        Integer node = byId.get(p);
        if (node == null) {
          throw new MissingRevisionException(
              r.id(), r.source(), "down_revision", p, "no script declares revision '" + p + "'");
        }
        ps.add(node);
      }
      LinkedHashSet<Integer> ds = new LinkedHashSet<>();
      for (String d : r.dependsOn()) {
        int node = resolveDependency(r, d);
        if (node == i) {
          throw new CycleException(
              List.of(r.id()), true, "Dependency self-loop", " in depends_on (" + r.source() + ")");
        }
        ds.add(node);
      }
      parents[i] = toArray(ps);
      deps[i] = toArray(ds);
      allDown[i] = concatDistinct(parents[i], deps[i]);
    }
  }

  /** A dependency names an id, a label or a unique prefix of either, as the CLI accepts them. */
  private int resolveDependency(Revision r, String ref) {
    Integer exact = byId.containsKey(ref) ? byId.get(ref) : byLabel.get(ref);
    if (exact != null) {
      return exact;
    }
    List<String> matches = new ArrayList<>();
    for (String key : keyOrder.subMap(ref, ref + Character.MAX_VALUE).keySet()) {
      if (key.length() > 3) {
        matches.add(key);
      }
    }
    if (matches.size() == 1) {
      String key = matches.get(0);
      return byId.containsKey(key) ? byId.get(key) : byLabel.get(key);
    }
    matches.sort((a, b) -> Integer.compare(keyOrder.get(a), keyOrder.get(b)));
    throw new MissingRevisionException(
        r.id(),
        r.source(),
        "depends_on",
        ref,
        matches.isEmpty()
            ? "no script declares a revision or branch label '" + ref + "'"
            : "it matches several revisions (" + String.join(", ", matches) + "); use a full id");
  }

  private int[][] invert(int[][] down, boolean all) {
    List<List<Integer>> up = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      up.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      for (int d : down[i]) {
        up.get(d).add(i);
      }
    }
    int[][] result = new int[n][];
    for (int i = 0; i < n; i++) {
      result[i] = up.get(i).isEmpty() ? NONE : toArray(up.get(i));
    }
    return result;
  }

  /**
   * Kahn's algorithm over all edges. When it stalls, the versioned edges alone decide whether to
   * report a plain cycle or a dependency cycle; the message names exactly the revisions on cycles.
   */
  private int[] topologicalOrder(int[][] allChildren) {
    int[] order = kahn(allDown, allChildren);
    if (order != null) {
      return order;
    }
    List<String> versioned = cycleMembers(parents);
    if (!versioned.isEmpty()) {
      throw new CycleException(versioned, false, sourcesOf(versioned));
    }
    List<String> all = cycleMembers(allDown);
    throw new CycleException(all, true, sourcesOf(all));
  }

  private int[] kahn(int[][] down, int[][] up) {
    int[] pending = new int[n];
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = down[i].length;
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int node = order[head++];
      for (int c : up[node]) {
        if (--pending[c] == 0) {
          order[tail++] = c;
        }
      }
    }
    return tail == n ? order : null;
  }

  /** Revisions in a strongly connected component of more than one node (Tarjan, iterative). */
  private List<String> cycleMembers(int[][] edges) {
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    List<String> members = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = start;
      callEdge[0] = 0;
      index[start] = low[start] = counter++;
      stack[sp++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < edges[v].length) {
          int w = edges[v][callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            List<String> component = new ArrayList<>();
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              component.add(revisions.get(w).id());
            } while (w != v);
            if (component.size() > 1) {
              members.addAll(component);
            }
          }
          depth--;
          if (depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    members.sort(null);
    return members;
  }

  private String sourcesOf(List<String> ids) {
    List<String> sources = new ArrayList<>();
    for (String id : ids) {
      sources.add(revisions.get(byId.get(id)).source());
    }
    return "; files: " + String.join(", ", sources);
  }

  /** Inclusive ancestor sets, built in topological order so each costs a few word-wise ORs. */
  private BitSet[] closures(int[] topo, int[][] down) {
    BitSet[] closure = new BitSet[n];
    for (int node : topo) {
      BitSet set = new BitSet(node + 1);
      for (int d : down[node]) {
        set.or(closure[d]);
      }
      set.set(node);
      closure[node] = set;
    }
    return closure;
  }

  /**
   * Ancestors through down_revision only. Where no dependency edge lies below a node the set equals
   * the full closure, so the same (never modified) bitset is shared instead of built twice.
   */
  private BitSet[] versionedClosures(int[] topo, BitSet[] closure) {
    BitSet[] versioned = new BitSet[n];
    for (int node : topo) {
      boolean same = deps[node].length == 0;
      for (int p : parents[node]) {
        same &= versioned[p] == closure[p];
      }
      if (same) {
        versioned[node] = closure[node];
        continue;
      }
      BitSet set = new BitSet(node + 1);
      for (int p : parents[node]) {
        set.or(versioned[p]);
      }
      set.set(node);
      versioned[node] = set;
    }
    return versioned;
  }

  /**
   * A merge parent that is already an ancestor of another parent makes Alembic's merge step delete
   * a version row that does not exist (a KeyError at run time); refuse it at load.
   */
  private void checkRedundantParents(BitSet[] closure) {
    for (int i = 0; i < n; i++) {
      int[] ps = parents[i];
      if (ps.length < 2) {
        continue;
      }
      for (int a : ps) {
        for (int b : ps) {
          if (a != b && closure[b].get(a)) {
            Revision r = revisions.get(i);
            String redundant = revisions.get(a).id();
            String other = revisions.get(b).id();
            throw new InvalidRevisionException(
                r.id(),
                r.source(),
                "down_revision lists both "
                    + redundant
                    + " and "
                    + other
                    + ", but "
                    + redundant
                    + " is already an ancestor of "
                    + other
                    + "; remove "
                    + redundant
                    + " from down_revision");
          }
        }
      }
    }
  }

  /**
   * Drops every dependency that a versioned ancestor already declares (Alembic's normalized
   * dependencies); declared order is kept so that row choices are deterministic.
   */
  private int[][] normalizeDependencies(BitSet[] versionedClosure) {
    Map<Integer, BitSet> declarers = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int d : deps[i]) {
        declarers.computeIfAbsent(d, k -> new BitSet(n)).set(i);
      }
    }
    int[][] normalized = new int[n][];
    for (int i = 0; i < n; i++) {
      if (deps[i].length == 0) {
        normalized[i] = NONE;
        continue;
      }
      List<Integer> kept = new ArrayList<>();
      for (int d : deps[i]) {
        BitSet others = (BitSet) declarers.get(d).clone();
        others.clear(i);
        if (!others.intersects(versionedClosure[i])) {
          kept.add(d);
        }
      }
      normalized[i] = toArray(kept);
    }
    return normalized;
  }

  static int[] concatDistinct(int[] first, int[] second) {
    if (second.length == 0) {
      return first;
    }
    LinkedHashSet<Integer> all = new LinkedHashSet<>();
    for (int x : first) {
      all.add(x);
    }
    for (int x : second) {
      all.add(x);
    }
    return toArray(all);
  }

  static int[] toArray(java.util.Collection<Integer> values) {
    int[] result = new int[values.size()];
    int i = 0;
    for (int v : values) {
      result[i++] = v;
    }
    return result;
  }
}
