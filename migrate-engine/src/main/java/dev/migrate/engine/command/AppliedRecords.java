package dev.migrate.engine.command;

import dev.migrate.engine.api.Applied;
import dev.migrate.engine.api.HistoryRecord;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which history row says when each revision still applied was applied: replays the history table,
 * oldest first, keeping per revision its last successful upgrade (or the stamp that wrote its row),
 * and forgetting it at a downgrade. Flyway's {@code info} shows the same.
 */
public final class AppliedRecords {
  private final Map<String, Applied> byRevision;

  private AppliedRecords(Map<String, Applied> byRevision) {
    this.byRevision = byRevision;
  }

  /** The details of the history table's rows, oldest first, over the scripts' graph. */
  public static AppliedRecords of(List<HistoryRecord> records, RevisionGraph graph) {
    Map<String, Applied> latest = new HashMap<>();
    for (HistoryRecord row : records) {
      if (!row.success()) {
        continue;
      }
      switch (row.direction()) {
        case "upgrade" ->
            latest.put(
                row.revision(),
                new Applied(false, row.appliedAt(), row.appliedBy(), row.executionMillis()));
        case "downgrade" -> latest.remove(row.revision());
        case "stamp" -> {
          // A stamp leaves applied what its rows include; a revision it put in the table without
          // running it was stamped, one already applied keeps the row of its upgrade.
          latest.keySet().removeIf(id -> !includedIn(id, row.headsAfter(), graph));
          for (String id : row.headsAfter()) {
            latest.putIfAbsent(id, new Applied(true, row.appliedAt(), row.appliedBy(), null));
          }
        }
        default -> {
          // a direction this version does not know: it says nothing about being applied
        }
      }
    }
    return new AppliedRecords(latest);
  }

  private static boolean includedIn(String id, List<String> rows, RevisionGraph graph) {
    if (graph.find(id).isEmpty()) {
      return false;
    }
    for (String row : rows) {
      if (graph.find(row).isPresent() && graph.isAncestor(id, row)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries with their applied details, for those that the database's current revisions include
   * (the current ones and their ancestors).
   */
  public List<RevisionEntry> attach(
      List<RevisionEntry> entries, RevisionGraph graph, List<Revision> current) {
    List<RevisionEntry> result = new ArrayList<>(entries.size());
    for (RevisionEntry entry : entries) {
      Applied applied = byRevision.get(entry.id());
      result.add(
          applied != null && isApplied(entry.id(), graph, current)
              ? entry.withApplied(applied)
              : entry);
    }
    return List.copyOf(result);
  }

  private static boolean isApplied(String id, RevisionGraph graph, List<Revision> current) {
    for (Revision tip : current) {
      if (graph.isAncestor(id, tip.id())) {
        return true;
      }
    }
    return false;
  }
}
