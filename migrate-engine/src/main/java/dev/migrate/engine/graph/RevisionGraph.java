package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.UnknownRevisionException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The validated revision graph. Built once from revisions in load order (the only tie-breaker, as
 * in Alembic); node {@code i} is the {@code i}-th revision loaded. Ancestry is precomputed as one
 * bitset per node, so lineage and ancestor checks are single bit tests.
 */
public final class RevisionGraph {
  private final List<Revision> revisions;
  private final Map<String, Integer> byId;
  private final Map<String, Integer> byLabel;
  private final TreeMap<String, Integer> keyOrder;
  private final int[][] parents;
  private final int[][] deps;
  private final int[][] normDeps;
  private final int[][] normDown;
  private final int[][] children;
  private final int[][] allChildren;
  private final BitSet[] closure;
  private final BitSet[] versionedClosure;
  private final List<List<String>> labels;
  private final int[] versionedHeads;
  private final int[] realHeads;
  private final int[] bases;

  RevisionGraph(
      List<Revision> revisions,
      Map<String, Integer> byId,
      Map<String, Integer> byLabel,
      TreeMap<String, Integer> keyOrder,
      int[][] parents,
      int[][] deps,
      int[][] normDeps,
      int[][] normDown,
      int[][] children,
      int[][] allChildren,
      BitSet[] closure,
      BitSet[] versionedClosure,
      List<List<String>> labels) {
    this.revisions = revisions;
    this.byId = byId;
    this.byLabel = byLabel;
    this.keyOrder = keyOrder;
    this.parents = parents;
    this.deps = deps;
    this.normDeps = normDeps;
    this.normDown = normDown;
    this.children = children;
    this.allChildren = allChildren;
    this.closure = closure;
    this.versionedClosure = versionedClosure;
    this.labels = labels;
    List<Integer> vh = new ArrayList<>();
    List<Integer> rh = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int i = 0; i < revisions.size(); i++) {
      if (children[i].length == 0) {
        vh.add(i);
      }
      if (allChildren[i].length == 0) {
        rh.add(i);
      }
      if (parents[i].length == 0) {
        b.add(i);
      }
    }
    this.versionedHeads = GraphBuilder.toArray(vh);
    this.realHeads = GraphBuilder.toArray(rh);
    this.bases = GraphBuilder.toArray(b);
  }

  /** Validates and builds; throws a {@link GraphException} naming files and revisions. */
  public static RevisionGraph of(List<Revision> revisions) {
    return GraphBuilder.build(revisions);
  }

  /** All revisions in load order. */
  public List<Revision> revisions() {
    return revisions;
  }

  public Optional<Revision> find(String id) {
    Integer node = byId.get(id);
    return node == null ? Optional.empty() : Optional.of(revisions.get(node));
  }

  /** Real heads: no child by down_revision and no dependent, in load order. */
  public List<Revision> heads() {
    return revisionsOf(realHeads);
  }

  /** Versioned heads: no child by down_revision (includes effective heads), in load order. */
  public List<Revision> versionedHeads() {
    return revisionsOf(versionedHeads);
  }

  /** A versioned head that is only kept alive as a dependency target ("effective head"). */
  public boolean isEffectiveHead(String id) {
    int node = require(id);
    return children[node].length == 0 && allChildren[node].length > 0;
  }

  /** Revisions without down_revision, in load order. */
  public List<Revision> bases() {
    return revisionsOf(bases);
  }

  /** Versioned children of a revision, in load order. */
  public List<Revision> children(String id) {
    return revisionsOf(children[require(id)]);
  }

  /** Dependency ids of a revision, resolved to full ids, in declared order. */
  public List<String> dependencies(String id) {
    return idsOf(deps[require(id)]);
  }

  /** Dependencies minus those a versioned ancestor already declares (reference 2.1). */
  public List<String> normalizedDependencies(String id) {
    return idsOf(normDeps[require(id)]);
  }

  /** Declared plus inherited branch labels, sorted. */
  public List<String> labels(String id) {
    return labels.get(require(id));
  }

  /** More than one versioned child. */
  public boolean isBranchPoint(String id) {
    return children[require(id)].length > 1;
  }

  /** Revisions with more than one versioned child, in load order (for {@code branches}). */
  public List<Revision> branchPoints() {
    List<Revision> result = new ArrayList<>();
    for (int i = 0; i < revisions.size(); i++) {
      if (children[i].length > 1) {
        result.add(revisions.get(i));
      }
    }
    return result;
  }

  /** More than one versioned parent. */
  public boolean isMergePoint(String id) {
    return parents[require(id)].length > 1;
  }

  /** True when {@code ancestor} equals {@code descendant} or precedes it (dependencies count). */
  public boolean isAncestor(String ancestor, String descendant) {
    return closure[require(descendant)].get(require(ancestor));
  }

  /**
   * The current revisions for a set of version rows: the rows plus tips implied through
   * dependencies; an unknown row is an error naming it.
   */
  public List<Revision> current(Collection<String> rows) {
    return revisionsOf(new Resolver(this).currentTips(rowNodes(rows)));
  }

  /** Resolves a symbol ({@code heads}, {@code label@head}, a prefix ...) to revisions. */
  public List<Revision> resolve(String symbol) {
    return revisionsOf(new Resolver(this).resolve(symbol));
  }

  /**
   * Revisions of a history range ({@code A:B}, {@code current:} with the given rows), newest first.
   */
  public List<Revision> history(Collection<String> rows, String range) {
    return revisionsOf(new History(this).revisions(rowNodes(rows), range));
  }

  // ---- node-level API for the planner, resolver and walks (node = load index) ----

  int size() {
    return revisions.size();
  }

  Revision revision(int node) {
    return revisions.get(node);
  }

  String id(int node) {
    return revisions.get(node).id();
  }

  /** The node of an exact id, or -1. */
  int nodeOfId(String id) {
    Integer node = byId.get(id);
    return node == null ? -1 : node;
  }

  /** The node of an exact id or label, or -1. */
  int nodeOfKey(String key) {
    Integer node = byId.get(key);
    if (node == null) {
      node = byLabel.get(key);
    }
    return node == null ? -1 : node;
  }

  /** Keys (ids and labels) longer than three characters that start with the text, in map order. */
  List<String> prefixMatches(String prefix) {
    List<String> keys = new ArrayList<>();
    for (String key : keyOrder.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
      if (key.length() > 3) {
        keys.add(key);
      }
    }
    keys.sort((a, b) -> Integer.compare(keyOrder.get(a), keyOrder.get(b)));
    return keys;
  }

  int[] parents(int node) {
    return parents[node];
  }

  int[] normalizedDown(int node) {
    return normDown[node];
  }

  boolean hasNormalizedDependencies(int node) {
    return normDeps[node].length > 0;
  }

  int[] children(int node) {
    return children[node];
  }

  int[] allChildren(int node) {
    return allChildren[node];
  }

  /** Inclusive ancestors through parents and dependencies; callers must not modify it. */
  BitSet closure(int node) {
    return closure[node];
  }

  /** {@code ancestor} is {@code node} or one of its ancestors (dependencies count). */
  boolean isAncestor(int ancestor, int node) {
    return closure[node].get(ancestor);
  }

  boolean isVersionedAncestor(int ancestor, int node) {
    return versionedClosure[node].get(ancestor);
  }

  boolean sharesLineage(int a, int b, boolean withDependencies) {
    BitSet[] c = withDependencies ? closure : versionedClosure;
    return c[a].get(b) || c[b].get(a);
  }

  List<String> labels(int node) {
    return labels.get(node);
  }

  int[] versionedHeadNodes() {
    return versionedHeads;
  }

  int[] realHeadNodes() {
    return realHeads;
  }

  int[] baseNodes() {
    return bases;
  }

  List<Revision> revisionsOf(int[] nodes) {
    List<Revision> result = new ArrayList<>(nodes.length);
    for (int node : nodes) {
      result.add(revisions.get(node));
    }
    return result;
  }

  List<String> idsOf(int[] nodes) {
    List<String> result = new ArrayList<>(nodes.length);
    for (int node : nodes) {
      result.add(revisions.get(node).id());
    }
    return result;
  }

  /**
   * Resolves version rows strictly as ids: a row no script declares is an error that names it. A
   * row that is an ancestor of another row (Alembic can leave such rows) says nothing the other
   * does not, and is left out, as Alembic's {@code current} reads the table; {@link #redundantRows}
   * names them so that the next write can delete them.
   */
  int[] rowNodes(Collection<String> rows) {
    int[] all = knownRowNodes(rows);
    List<Integer> kept = new ArrayList<>(all.length);
    for (int a : all) {
      if (!isBelowAnother(a, all)) {
        kept.add(a);
      }
    }
    return GraphBuilder.toArray(kept);
  }

  /**
   * The version rows that are ancestors of another row (dependencies count), in the rows' order:
   * they are redundant, and the planner deletes them with its first step.
   */
  public List<String> redundantRows(Collection<String> rows) {
    int[] all = knownRowNodes(rows);
    List<String> redundant = new ArrayList<>();
    for (int a : all) {
      if (isBelowAnother(a, all)) {
        redundant.add(id(a));
      }
    }
    return redundant;
  }

  private boolean isBelowAnother(int node, int[] rows) {
    for (int other : rows) {
      if (other != node && closure[other].get(node)) {
        return true;
      }
    }
    return false;
  }

  private int[] knownRowNodes(Collection<String> rows) {
    List<Integer> nodes = new ArrayList<>();
    for (String row : rows) {
      int node = nodeOfId(row);
      if (node < 0) {
        throw new UnknownRevisionException(
            row,
            "Can't locate revision identified by '"
                + row
                + "': the version table holds it but no script declares it; restore the script"
                + " or run 'stamp --purge <revision>' to rewrite the version table");
      }
      if (!nodes.contains(node)) {
        nodes.add(node);
      }
    }
    return GraphBuilder.toArray(nodes);
  }

  private int require(String id) {
    Integer node = byId.get(id);
    if (node == null) {
      throw new UnknownRevisionException(id, "No such revision '" + id + "'");
    }
    return node;
  }
}
