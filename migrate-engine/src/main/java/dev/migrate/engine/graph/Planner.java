package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.MissingTargetException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import dev.migrate.engine.common.Reporter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Plans upgrade, downgrade and stamp over a graph exactly as Alembic does: the same revisions in
 * the same order (reference 2.6, 2.7), and for every step the version-row changes Alembic's
 * HeadMaintainer makes (3.4, 3.5). Where Alembic crashes with a bare assertion or KeyError this
 * throws a {@link GraphException} that says what to type instead.
 */
public final class Planner {
  private final RevisionGraph graph;
  private final Reporter reporter;

  public Planner(RevisionGraph graph) {
    this(graph, Reporter.silent());
  }

  /** The reporter receives Alembic's deprecation warning for {@code downgrade -1} over branches. */
  public Planner(RevisionGraph graph, Reporter reporter) {
    this.graph = graph;
    this.reporter = reporter;
  }

  /**
   * Steps from the version rows to the target ({@code heads}, {@code +2}, {@code label@head}...).
   */
  public Plan upgrade(Collection<String> rows, String target) {
    TargetParser.requireSingle(target);
    int[] start = graph.rowNodes(rows);
    return upgradeFrom(rows, start, List.of(target == null || target.isBlank() ? "heads" : target))
        .deleting(graph.redundantRows(rows));
  }

  /** Steps from the version rows to several targets at once (Alembic's tuple destination). */
  public Plan upgrade(Collection<String> rows, List<String> targets) {
    targets.forEach(TargetParser::requireSingle);
    int[] start = graph.rowNodes(rows);
    return upgradeFrom(rows, start, targets).deleting(graph.redundantRows(rows));
  }

  /**
   * Steps from the version rows down to the target ({@code -1}, {@code base}, {@code B@rev}...).
   */
  public Plan downgrade(Collection<String> rows, String target) {
    TargetParser.requireSingle(target);
    int[] start = graph.rowNodes(rows);
    return downgradeFrom(rows, start, target).deleting(graph.redundantRows(rows));
  }

  /** Row changes that stamp the targets; purge starts from an empty table. */
  public Plan stamp(Collection<String> rows, List<String> targets, boolean purge) {
    Plan plan = new Stamper(graph).stamp(rows, targets, purge);
    return purge ? plan : plan.deleting(graph.redundantRows(rows));
  }

  /**
   * Offline upgrade over {@code START:END} (START may be empty for base); a plain target, with no
   * database to read rows from, counts from base.
   */
  public Plan upgradeRange(String range) {
    if (!TargetParser.isRange(range)) {
      return upgrade(List.of(), range);
    }
    TargetRange r = TargetParser.parseRange(range);
    int start = startOf(r);
    String end = r.end() == null ? "heads" : r.end();
    List<String> rows = start < 0 ? List.of() : List.of(graph.id(start));
    if (start >= 0) {
      int[] targets =
          Resolver.realNodes(
              new Resolver(graph).upgradeTargets(rows, TargetParser.parse(end), true));
      boolean below = false;
      for (int t : targets) {
        below |= graph.isAncestor(start, t);
      }
      if (!below) {
        throw new RangeNotAncestorException(
            r.start(),
            end,
            "Range "
                + r.text()
                + ": "
                + end
                + " is not a descendant of "
                + r.start()
                + ", so there is nothing to upgrade; an upgrade range goes from an older revision"
                + " to a newer one");
      }
    }
    return upgradeFrom(rows, start < 0 ? new int[0] : new int[] {start}, List.of(end));
  }

  /** Offline downgrade over {@code START:END}; a range that is not a path names both ends. */
  public Plan downgradeRange(String range) {
    if (!TargetParser.isRange(range)) {
      throw new InvalidTargetException(
          range,
          "downgrade with --sql requires <fromrev>:<torev>, a START:END range such as heads:base;"
              + " offline there is no database to read the current revision from");
    }
    TargetRange r = TargetParser.parseRange(range);
    if (r.start() == null || r.end() == null) {
      throw new InvalidTargetException(
          range, "downgrade range " + range + " needs both ends: <fromrev>:<torev>");
    }
    int start = startOf(r);
    List<String> rows = start < 0 ? List.of() : List.of(graph.id(start));
    try {
      return downgradeFrom(rows, start < 0 ? new int[0] : new int[] {start}, r.end());
    } catch (RangeNotAncestorException e) {
      throw new RangeNotAncestorException(
          r.end(),
          r.start(),
          "Range "
              + r.text()
              + ": "
              + r.end()
              + " is not an ancestor of "
              + r.start()
              + ", so there is nothing to downgrade; a downgrade range goes from a newer"
              + " revision to an older one");
    }
  }

  // ---- plans ----

  private Plan upgradeFrom(Collection<String> rowsText, int[] rows, List<String> targets) {
    Traversal traversal = new Traversal(graph, reporter);
    Traversal.Selection selection =
        traversal.upgrade(targets, graph.idsOf(rows), false, false, true, true);
    int[] order = OrderWalk.newestFirst(graph, selection.revisions(), selection.heads());
    RowTracker tracker = new RowTracker(graph, rows);
    List<Step> steps = new ArrayList<>(order.length);
    for (int k = order.length - 1; k >= 0; k--) {
      int node = order[k];
      List<RowChange> changes = tracker.upgrade(node);
      steps.add(
          new Step(
              Direction.UPGRADE,
              graph.revision(node),
              graph.idsOf(graph.parents(node)),
              List.of(graph.id(node)),
              changes));
    }
    return new Plan(steps, List.copyOf(rowsText), sorted(tracker.rows()));
  }

  private Plan downgradeFrom(Collection<String> rowsText, int[] rows, String target) {
    if (target == null || target.isBlank()) {
      throw MissingTargetException.downgrade();
    }
    Traversal traversal = new Traversal(graph, reporter);
    Traversal.Selection selection = traversal.downgrade(rows, String.join(", ", rowsText), target);
    int[] order = OrderWalk.newestFirst(graph, selection.revisions(), selection.heads());
    RowTracker tracker = new RowTracker(graph, rows);
    List<Step> steps = new ArrayList<>(order.length);
    for (int node : order) {
      List<RowChange> changes = tracker.downgrade(node);
      steps.add(
          new Step(
              Direction.DOWNGRADE,
              graph.revision(node),
              List.of(graph.id(node)),
              graph.idsOf(graph.parents(node)),
              changes));
    }
    return new Plan(steps, List.copyOf(rowsText), sorted(tracker.rows()));
  }

  private List<String> sorted(List<Integer> rows) {
    BitSet set = new BitSet();
    for (int r : rows) {
      set.set(r);
    }
    return graph.idsOf(set.stream().toArray());
  }

  private int startOf(TargetRange r) {
    if (r.start() == null || r.start().equals("base")) {
      return Resolver.NOTHING;
    }
    Target start = TargetParser.parse(r.start());
    if (start instanceof Target.Relative) {
      throw new InvalidTargetException(
          r.text(), "The start of range " + r.text() + " must be a revision, not a relative step");
    }
    return new Resolver(graph).revision(r.start());
  }

  // ---- downgrade targets (Alembic's _parse_downgrade_target) ----

  /** A downgrade destination: the branch that limits it (or null) and the node or base. */
  record DowngradeTarget(String branch, int node) {}

  static DowngradeTarget parseDowngradeTarget(
      Resolver resolver,
      List<String> current,
      String text,
      boolean assertLength,
      Reporter reporter) {
    if (text == null) {
      return new DowngradeTarget(null, Resolver.NOTHING);
    }
    Target target = TargetParser.parse(text);
    if (target instanceof Target.Absolute abs) {
      String branch = null;
      String symbol = abs.text();
      int at = symbol.lastIndexOf('@');
      if (at >= 0) {
        branch = symbol.substring(0, at);
        symbol = symbol.substring(at + 1);
      }
      return new DowngradeTarget(branch, resolver.revision(symbol));
    }
    Target.Relative rel = (Target.Relative) target;
    int steps = rel.steps();
    String branch = rel.branch();
    if (steps >= 0) {
      if (rel.symbol() == null) {
        throw new InvalidTargetException(
            text,
            "Relative revision "
                + text
                + " didn't produce "
                + steps
                + " migrations; a downgrade goes down (-N), use upgrade for +N");
      }
      int rev = resolver.walk(resolver.revision(rel.symbol()), steps, branch, assertLength);
      if (rev == Resolver.OVERWALK) {
        throw new InvalidTargetException(
            text, "Walked too far: " + text + " goes past the top of the graph");
      }
      return new DowngradeTarget(branch, rev);
    }
    String symbol = rel.symbol();
    boolean relativeToRows = symbol == null;
    if (relativeToRows) {
      if (branch != null) {
        symbol = rowOnBranch(resolver, current, branch, text);
      } else {
        if (current.isEmpty()) {
          throw new InvalidTargetException(
              text,
              "Relative revision "
                  + steps
                  + " didn't produce "
                  + Math.abs(steps)
                  + " migrations: the database is at base");
        }
        if (current.stream().distinct().count() > 1) {
          reporter.warn(
              "downgrade "
                  + text
                  + " from multiple heads is ambiguous; this usage will be disallowed in a future"
                  + " release. Use BRANCH@"
                  + text
                  + " or REV"
                  + text
                  + " (current heads: "
                  + String.join(", ", current)
                  + ")");
        }
        symbol = current.get(0);
        branch = symbol;
      }
    }
    int start =
        branch == null ? resolver.revision(symbol) : resolver.revision(branch + "@" + symbol);
    int rev = resolver.walk(start, steps, null, assertLength);
    if (rev == Resolver.OVERWALK) {
      if (relativeToRows) {
        throw new InvalidTargetException(
            text,
            "Relative revision "
                + steps
                + " didn't produce "
                + Math.abs(steps)
                + " migrations: that is below base");
      }
      throw new InvalidTargetException(text, "Walked too far: " + text + " goes below base");
    }
    return new DowngradeTarget(branch, rev);
  }

  /** The single current row on a branch, for {@code B@-N}; Alembic asserts here. */
  private static String rowOnBranch(
      Resolver resolver, List<String> current, String branch, String text) {
    RevisionGraph graph = resolver.graph();
    int[] rows = resolver.symbolsToNodes(current);
    int[] onBranch = resolver.filterForLineage(rows, branch, false);
    if (onBranch.length == 0) {
      onBranch = resolver.filterForLineage(resolver.currentTips(rows), branch, false);
    }
    if (onBranch.length == 1) {
      return graph.id(onBranch[0]);
    }
    if (onBranch.length == 0) {
      throw new InvalidTargetException(
          text,
          "Nothing to downgrade for "
              + text
              + ": no current revision is on branch '"
              + branch
              + "'"
              + (rows.length == 0 ? " (the database is at base)" : ""));
    }
    throw new InvalidTargetException(
        text,
        "Ambiguous downgrade "
            + text
            + ": several current revisions are on branch '"
            + branch
            + "' ("
            + String.join(", ", graph.idsOf(onBranch))
            + "); use REV-N with one of them");
  }
}
