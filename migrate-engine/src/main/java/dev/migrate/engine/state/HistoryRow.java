package dev.migrate.engine.state;

import java.util.List;

/**
 * One step as the history table records it.
 *
 * @param revision the step's revision, or null for a stamp to base
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param headsBefore version rows before the step
 * @param headsAfter version rows after the step (as planned, when it failed)
 * @param checksum the script's checksum as applied, may be null
 * @param executionMillis time the step took, or null to let the database measure it from the
 *     transaction's start where it can (NULL elsewhere)
 * @param success false for a step that failed part-way on a database without transactional DDL
 * @param errorMessage what the database said, for a failed step
 */
public record HistoryRow(
    String revision,
    String direction,
    List<String> headsBefore,
    List<String> headsAfter,
    String checksum,
    Long executionMillis,
    boolean success,
    String errorMessage) {
  public HistoryRow {
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }
}
