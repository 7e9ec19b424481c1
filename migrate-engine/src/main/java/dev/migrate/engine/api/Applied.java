package dev.migrate.engine.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * When, by whom and how long a revision that is still applied was applied, from the history table
 * (the row of its last upgrade, or of the stamp that put it in the version table).
 *
 * @param stamped true when a stamp wrote the revision's row, which ran no script
 * @param at when the step committed
 * @param by the database user that ran it
 * @param executionMillis how long the script took, or null when unknown
 */
public record Applied(boolean stamped, Instant at, String by, Long executionMillis) {

  /**
   * The line of a verbose entry, in local time: {@code Applied: 2025-09-16T14:03:27 by app in 41
   * ms}, or {@code Stamped: ...} for a revision that a stamp wrote.
   */
  public String line(ZoneId zone) {
    StringBuilder text = new StringBuilder(stamped ? "Stamped: " : "Applied: ");
    text.append(
        at == null
            ? "(time unknown)"
            : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), zone)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    if (by != null && !by.isBlank()) {
      text.append(" by ").append(by.strip());
    }
    if (executionMillis != null && !stamped) {
      text.append(" in ").append(executionMillis).append(" ms");
    }
    return text.toString();
  }
}
