package dev.migrate.spring.boot.actuate;

import dev.migrate.engine.api.Status;
import dev.migrate.spring.boot.MigrateProperties;
import dev.migrate.spring.boot.MigrateTarget;
import dev.migrate.spring.boot.MigrateTargets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of the migrated databases, for either Boot line's health API: UP when every database
 * is at its heads, the configured pending status when revisions are pending, the configured failed
 * status when a failure is recorded (or the database cannot be read: DOWN).
 */
public final class MigrateHealth {
  private final MigrateTargets targets;
  private final MigrateProperties.Health settings;

  public MigrateHealth(MigrateTargets targets, MigrateProperties.Health settings) {
    this.targets = targets;
    this.settings = settings;
  }

  /**
   * The outcome.
   *
   * @param status a health status code: UP, DOWN, OUT_OF_SERVICE or one configured
   * @param details per DataSource its heads, pending revisions and failure
   */
  public record Result(String status, Map<String, Object> details) {}

  /** Reads each database's status. */
  public Result check() {
    String worst = "UP";
    Map<String, Object> details = new LinkedHashMap<>();
    for (MigrateTarget target : targets.all()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      String status;
      try {
        Status state = target.migrator().status();
        entry.put("currentHeads", state.currentHeads());
        entry.put("scriptHeads", state.scriptHeads());
        entry.put("pending", state.pending());
        if (state.failedRevision() != null) {
          entry.put("failedRevision", state.failedRevision());
          status = settings.getFailedStatus();
        } else {
          status = state.upToDate() ? "UP" : settings.getPendingStatus();
        }
      } catch (RuntimeException e) {
        entry.put("error", e.getMessage());
        status = "DOWN";
      }
      entry.put("status", status);
      details.put(target.name(), entry);
      worst = worse(worst, status);
    }
    return new Result(worst, details);
  }

  /** DOWN before the others, then anything not UP; the first such status stays. */
  private static String worse(String current, String next) {
    if (current.equals("DOWN") || next.equals("UP")) {
      return current;
    }
    return current.equals("UP") || next.equals("DOWN") ? next : current;
  }
}
