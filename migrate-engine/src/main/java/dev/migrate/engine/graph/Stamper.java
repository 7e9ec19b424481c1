package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.OverlappingRevisionsException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * {@code stamp} (reference 3.5): version-row changes toward each destination without running
 * scripts.
 *
 * <p>One deliberate difference from Alembic: a destination moves only the rows above or below it.
 * Alembic moves every row related to any of the destinations at each one, which crashes with a
 * KeyError on, e.g., {@code stamp heads} from one row per branch; and with a single labelled
 * destination it also moves a row that merely depends on the labelled branch ({@code stamp
 * lab1@head} drops such a row, {@code stamp} of the same revision by id keeps it), so that the next
 * upgrade would run that row's revisions again.
 */
final class Stamper {
  private final RevisionGraph graph;
  private final Resolver resolver;

  Stamper(RevisionGraph graph) {
    this.graph = graph;
    this.resolver = new Resolver(graph);
  }

  Plan stamp(Collection<String> rowsText, List<String> targets, boolean purge) {
    List<Step> steps = new ArrayList<>();
    int[] rows;
    if (purge) {
      if (!rowsText.isEmpty()) {
        List<RowChange> deletes = new ArrayList<>();
        for (String row : rowsText) {
          deletes.add(new RowChange.Delete(row));
        }
        steps.add(new Step(Direction.STAMP, null, List.copyOf(rowsText), List.of(), deletes));
      }
      rows = new int[0];
    } else {
      rows = graph.rowNodes(rowsText);
    }
    List<String> args = new ArrayList<>();
    for (String t : targets == null ? List.<String>of() : targets) {
      if (t != null && !t.isBlank()) {
        args.add(t.strip());
      }
    }
    if (args.isEmpty()) {
      args.add("base");
    }
    List<Destination> destinations = destinations(args, rows);
    RowTracker tracker = new RowTracker(graph, rows);
    for (Destination d : destinations) {
      if (d.node() < 0) {
        for (int row : d.related()) {
          if (tracker.has(row)) {
            steps.add(stampStep(tracker, List.of(row), Resolver.NOTHING, false, true));
          }
        }
        continue;
      }
      if (tracker.has(d.node())) {
        continue;
      }
      List<Integer> related = new ArrayList<>();
      boolean above = false;
      boolean below = false;
      for (int row : d.related()) {
        if (!tracker.has(row)) {
          continue;
        }
        if (graph.isAncestor(d.node(), row)) {
          related.add(row);
          above = true;
        } else if (graph.isAncestor(row, d.node())) {
          related.add(row);
          below = true;
        }
      }
      if (above) {
        steps.add(stampStep(tracker, related, d.node(), false, false));
      } else if (below) {
        steps.add(stampStep(tracker, related, d.node(), true, false));
      } else {
        steps.add(stampStep(tracker, List.of(), d.node(), true, true));
      }
    }
    List<String> after = graph.idsOf(sortedNodes(tracker.rows()));
    return new Plan(steps, List.copyOf(rowsText), after);
  }

  /**
   * One destination revision (or base) and the rows that Alembic's lineage filter relates to it.
   */
  private record Destination(int node, List<Integer> related) {}

  private List<Destination> destinations(List<String> args, int[] rows) {
    List<Destination> result = new ArrayList<>();
    List<Integer> nodes = new ArrayList<>();
    for (String arg : args) {
      if (TargetParser.parse(arg) instanceof Target.Relative) {
        throw new InvalidTargetException(
            arg,
            "stamp takes revisions, not relative steps: '"
                + arg
                + "'; name the revision (or use REV of 'history')");
      }
      // Resolved first, so that an unknown id is named as one, not as an unknown branch.
      int[] dests = Resolver.realNodes(resolver.revisions(arg));
      // Rows sharing lineage (dependencies included) with what the argument names.
      int[] filtered = resolver.filterForLineage(rows, arg, true);
      if (dests.length == 0) {
        result.add(new Destination(Resolver.NOTHING, boxed(filtered)));
        continue;
      }
      for (int dest : dests) {
        List<Integer> related = new ArrayList<>();
        for (int row : filtered) {
          if (dests.length == 1 || graph.sharesLineage(row, dest, true)) {
            related.add(row);
          }
        }
        result.add(new Destination(dest, related));
        nodes.add(dest);
      }
    }
    if (!nodes.isEmpty() && result.stream().anyMatch(d -> d.node() < 0)) {
      // Alembic ignores 'base' when other destinations are given (get_revisions drops it).
      result.removeIf(d -> d.node() < 0);
    }
    for (int a : nodes) {
      for (int b : nodes) {
        if (a != b && graph.isAncestor(b, a)) {
          throw new OverlappingRevisionsException(
              graph.id(a),
              List.of(graph.id(b)),
              " in stamp: "
                  + graph.id(b)
                  + " is already implied by "
                  + graph.id(a)
                  + "; stamp only "
                  + graph.id(a));
        }
      }
    }
    return result;
  }

  private Step stampStep(
      RowTracker tracker, List<Integer> from, int to, boolean upgrade, boolean branchMove) {
    List<RowChange> changes = tracker.stamp(from, to, upgrade, branchMove);
    List<String> toIds = to < 0 ? List.of() : List.of(graph.id(to));
    List<Integer> fromNodes = from;
    return new Step(
        Direction.STAMP,
        to < 0 ? null : graph.revision(to),
        graph.idsOf(GraphBuilder.toArray(fromNodes)),
        toIds,
        changes);
  }

  private int[] sortedNodes(List<Integer> nodes) {
    BitSet set = new BitSet();
    for (int n : nodes) {
      set.set(n);
    }
    return set.stream().toArray();
  }

  private static List<Integer> boxed(int[] nodes) {
    List<Integer> result = new ArrayList<>();
    for (int n : nodes) {
      result.add(n);
    }
    return result;
  }
}
