package dev.migrate.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * One row of the history table: a step that ran (or failed, or was stamped), for listings such as
 * an application's actuator endpoint.
 *
 * @param rank the row's position, from 1 in the order the steps ran
 * @param revision the step's revision, or null for a stamp to base
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param headsBefore the database's revisions before the step
 * @param headsAfter the database's revisions after it
 * @param checksum the script's checksum as applied, or null
 * @param appliedBy the database user that ran it
 * @param appliedAt when it ran
 * @param executionMillis how long it took, or null when unknown
 * @param success false for a step that failed part-way or never finished
 * @param errorMessage what the database said, for a failed step
 */
public record HistoryRecord(
    long rank,
    String revision,
    String direction,
    List<String> headsBefore,
    List<String> headsAfter,
    String checksum,
    String appliedBy,
    Instant appliedAt,
    Long executionMillis,
    boolean success,
    String errorMessage) {
  public HistoryRecord {
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }
}
