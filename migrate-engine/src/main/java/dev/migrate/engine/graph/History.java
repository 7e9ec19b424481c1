package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.RangeNotAncestorException;
import dev.migrate.engine.common.Reporter;
import java.util.List;

/** {@code history -r START:END}: the revisions of a range, newest first (reference 1.5). */
final class History {
  private final RevisionGraph graph;

  History(RevisionGraph graph) {
    this.graph = graph;
  }

  int[] revisions(int[] rows, String range) {
    TargetRange r = TargetParser.parseHistoryRange(range);
    String start = r.start();
    String end = r.end();
    List<String> current = graph.idsOf(rows);
    List<String> upper;
    List<String> lower;
    boolean lowerSymbol = true;
    if (r.endIsCurrent()) {
      upper = current.isEmpty() ? List.of("heads") : current;
    } else {
      upper = List.of(end == null ? "heads" : end);
    }
    if (r.startIsCurrent()) {
      lower = current.isEmpty() ? List.of("base") : current;
      lowerSymbol = current.isEmpty();
    } else {
      lower = List.of(start == null ? "base" : start);
    }
    if (!lowerSymbol && lower.size() == 1) {
      lowerSymbol = true;
    }
    Traversal traversal = new Traversal(graph, Reporter.silent());
    try {
      Traversal.Selection selection =
          traversal.upgrade(upper, lower, lowerSymbol, true, false, false);
      return OrderWalk.newestFirst(graph, selection.revisions(), selection.heads());
    } catch (RangeNotAncestorException e) {
      String s = start == null ? "base" : start;
      String u = end == null ? "heads" : end;
      throw new RangeNotAncestorException(
          s,
          u,
          "Requested range "
              + s
              + ":"
              + u
              + " does not refer to ancestor/descendant revisions along the same branch");
    }
  }
}
