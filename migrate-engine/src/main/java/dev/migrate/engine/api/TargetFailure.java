package dev.migrate.engine.api;

/**
 * Why a fleet target failed.
 *
 * @param revision the revision that failed, or null when the failure is not a revision's
 * @param file its script, or null
 * @param line the line of the failing statement, 0 when unknown
 * @param message the whole message, with the database's own words
 * @param retryable true for a failure worth retrying (the connection, a lock wait); false for a
 *     deterministic one (a script error, a broken state) that fails the same way again
 */
public record TargetFailure(
    String revision, String file, int line, String message, boolean retryable) {

  /** Where it failed, e.g. {@code revision ae10 (db/0002.sql:14)}; empty when not a revision. */
  public String where() {
    if (revision == null) {
      return "";
    }
    String at = file == null ? "" : " (" + file + (line > 0 ? ":" + line : "") + ")";
    return "revision " + revision + at;
  }
}
