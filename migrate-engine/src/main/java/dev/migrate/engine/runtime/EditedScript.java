package dev.migrate.engine.runtime;

import dev.migrate.engine.script.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An applied script whose text changed since it ran: its checksum differs from the one the history
 * table recorded. Worded once for {@code check}, {@code validate} and the warning of a run.
 *
 * @param revision the revision
 * @param file its script or class
 * @param recorded the checksum the history table holds
 * @param current the checksum of the script as it is now
 */
public record EditedScript(String revision, String file, String recorded, String current) {

  /** The applied scripts, in the order they were applied, whose checksum no longer matches. */
  public static List<EditedScript> find(
      Map<String, Migration> migrations, Map<String, String> applied) {
    List<EditedScript> edited = new ArrayList<>();
    applied.forEach(
        (id, recorded) -> {
          Migration migration = migrations.get(id);
          if (migration != null && !recorded.equals(migration.checksum())) {
            edited.add(
                new EditedScript(
                    id, migration.revision().source(), recorded, migration.checksum()));
          }
        });
    return edited;
  }

  /** The problem as {@code check} and {@code validate} list it. */
  public String problem() {
    return "Revision "
        + revision
        + " ("
        + file
        + ") was changed after it was applied: checksum "
        + current
        + " differs from the applied "
        + recorded;
  }
}
