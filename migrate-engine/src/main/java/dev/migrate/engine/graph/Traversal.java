package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.OverlappingRevisionsException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import dev.migrate.engine.common.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which revisions an upgrade, a downgrade or a history range covers (Alembic's {@code
 * _collect_upgrade_revisions} and {@code _collect_downgrade_revisions}), on precomputed closures.
 */
final class Traversal {
  private final RevisionGraph graph;
  private final Resolver resolver;
  private final Reporter reporter;

  Traversal(RevisionGraph graph, Reporter reporter) {
    this.graph = graph;
    this.resolver = new Resolver(graph);
    this.reporter = reporter;
  }

  Resolver resolver() {
    return resolver;
  }

  /** The revisions to visit and the heads the ordering walk starts from. */
  record Selection(BitSet revisions, int[] heads) {}

  /**
   * Revisions needed to reach {@code upper} from {@code lower}.
   *
   * @param upper one target symbol, or several (the rows of {@code history :current})
   * @param lower version rows (exact ids), or one lower-bound symbol when {@code lowerSymbol}
   * @param inclusive include the lower bound itself (history)
   * @param implicitBase true for upgrade: other branches may be added; false for history: only
   *     descendants of the lower bound
   */
  Selection upgrade(
      List<String> upper,
      List<String> lower,
      boolean lowerSymbol,
      boolean inclusive,
      boolean implicitBase,
      boolean assertLength) {
    int[] targets;
    if (upper.size() == 1) {
      targets = resolver.upgradeTargets(lower, TargetParser.parse(upper.get(0)), assertLength);
    } else {
      targets = resolver.symbolsToNodes(upper);
    }
    targets = Resolver.realNodes(targets);
    String lowerText = lowerSymbol ? lower.get(0) : null;
    if (lowerText != null && lowerText.contains("@")) {
      targets = filterByBranchOfLowerBound(targets, lowerText);
    }
    BitSet required = ancestorsChecked(targets);

    int[] current = lowerSymbol ? resolver.revisions(lowerText) : resolver.symbolsToNodes(lower);
    if (!implicitBase) {
      for (int c : current) {
        // A lower bound like -1 that walks a root head down to base is outside the range too.
        if (c == Resolver.BASE || (c >= 0 && !required.get(c))) {
          throw notAncestor(lower, upper);
        }
      }
    }
    if (current.length > 0 && current[0] == Resolver.OVERWALK) {
      // A lower bound like -5 walked off the graph: walk from the upper bound instead.
      Planner.DowngradeTarget t =
          Planner.parseDowngradeTarget(resolver, upper, lowerText, assertLength, reporter);
      current = t.node() < 0 ? new int[0] : new int[] {t.node()};
      lower = t.node() < 0 ? List.of() : List.of(graph.id(t.node()));
      lowerSymbol = false;
    }
    current = Resolver.realNodes(current);
    BitSet needs = (BitSet) required.clone();
    needs.andNot(ancestorsChecked(current));
    if (inclusive) {
      for (int c : current) {
        needs.set(c);
      }
    }
    if (current.length > 0 && !implicitBase) {
      needs.and(versionedDescendants(current));
    }
    return new Selection(needs, targets);
  }

  /**
   * {@code B@base:heads} keeps only targets carrying label B; a revision id before the {@code @}
   * stands for its own single label.
   */
  private int[] filterByBranchOfLowerBound(int[] targets, String lower) {
    String branch = lower.substring(0, lower.indexOf('@'));
    int node = resolver.revision(branch);
    if (node >= 0 && graph.id(node).equals(branch)) {
      List<String> labels = graph.labels(node);
      if (labels.size() != 1) {
        throw new InvalidTargetException(
            lower,
            "Revision "
                + branch
                + " in '"
                + lower
                + "' must carry exactly one branch label to stand for its branch, but it carries "
                + (labels.isEmpty() ? "none" : String.join(", ", labels))
                + "; use a branch label instead");
      }
      branch = labels.get(0);
    }
    List<Integer> kept = new ArrayList<>();
    for (int t : targets) {
      if (graph.labels(t).contains(branch)) {
        kept.add(t);
      }
    }
    return GraphBuilder.toArray(kept);
  }

  /**
   * The union of the closures, refusing requested revisions where one is an ancestor of another
   * (Alembic's "overlaps" error).
   */
  BitSet ancestorsChecked(int[] nodes) {
    BitSet all = new BitSet(graph.size());
    for (int a : nodes) {
      List<String> overlaps = new ArrayList<>();
      for (int b : nodes) {
        if (a != b && graph.isAncestor(b, a) && !overlaps.contains(graph.id(b))) {
          overlaps.add(graph.id(b));
        }
      }
      if (!overlaps.isEmpty()) {
        throw new OverlappingRevisionsException(graph.id(a), overlaps, "");
      }
      all.or(graph.closure(a));
    }
    return all;
  }

  private BitSet versionedDescendants(int[] nodes) {
    BitSet seen = new BitSet(graph.size());
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int n : nodes) {
      if (!seen.get(n)) {
        seen.set(n);
        todo.add(n);
      }
    }
    while (!todo.isEmpty()) {
      for (int c : graph.children(todo.poll())) {
        if (!seen.get(c)) {
          seen.set(c);
          todo.add(c);
        }
      }
    }
    return seen;
  }

  private RangeNotAncestorException notAncestor(List<String> lower, List<String> upper) {
    String l = String.join(",", lower);
    String u = String.join(",", upper);
    return new RangeNotAncestorException(
        l,
        u,
        "Requested range "
            + l
            + ":"
            + u
            + " does not refer to ancestor/descendant revisions along the same branch");
  }

  /**
   * Revisions a downgrade removes: descendants (dependents included) of the roots below the
   * destination that are applied; ordered later from the rows.
   */
  Selection downgrade(int[] rows, String rowsText, String target) {
    Planner.DowngradeTarget t =
        Planner.parseDowngradeTarget(resolver, graph.idsOf(rows), target, true, reporter);
    int destination = t.node() == Resolver.BASE ? Resolver.NOTHING : t.node();
    int[] roots;
    if (destination == Resolver.NOTHING) {
      roots = graph.baseNodes();
    } else {
      roots = graph.children(destination);
    }
    if (t.branch() != null && roots.length > 1) {
      int anchor = resolver.branch(t.branch());
      List<Integer> kept = new ArrayList<>();
      for (int r : roots) {
        if (graph.isVersionedAncestor(r, anchor)) {
          kept.add(r);
        }
      }
      if (kept.isEmpty()) {
        throw new InvalidTargetException(
            target,
            "Not a valid downgrade target from current heads: branch '"
                + t.branch()
                + "' does not grow from "
                + (destination < 0 ? "base" : graph.id(destination)));
      }
      roots = GraphBuilder.toArray(kept);
    }
    BitSet active = new BitSet(graph.size());
    for (int r : rows) {
      active.or(graph.closure(r));
    }
    BitSet remove = new BitSet(graph.size());
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int r : roots) {
      if (active.get(r) && !remove.get(r)) {
        remove.set(r);
        todo.add(r);
      }
    }
    // Descendants that are not applied have no applied descendants, so the walk stays inside.
    while (!todo.isEmpty()) {
      for (int c : graph.allChildren(todo.poll())) {
        if (active.get(c) && !remove.get(c)) {
          remove.set(c);
          todo.add(c);
        }
      }
    }
    if (destination >= 0 && remove.isEmpty() && !contains(rows, destination)) {
      throw new RangeNotAncestorException(
          target,
          rowsText,
          "Destination "
              + target
              + " is not a valid downgrade target from current head(s) "
              + (rows.length == 0 ? "(the database is at base)" : "(" + rowsText + ")")
              + ": it is not below them on their branches");
    }
    return new Selection(remove, rows);
  }

  private static boolean contains(int[] nodes, int node) {
    for (int n : nodes) {
      if (n == node) {
        return true;
      }
    }
    return false;
  }
}
