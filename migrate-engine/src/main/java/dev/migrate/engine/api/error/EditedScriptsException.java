package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * With {@code validateOnMigrate=true}, an upgrade or downgrade found applied scripts whose text
 * changed since they ran. Refused under the lock, before the first statement.
 */
public final class EditedScriptsException extends MigrateException {
  /**
   * One edited applied script.
   *
   * @param revision the revision
   * @param file its script or class
   */
  public record Edited(String revision, String file) {}

  private final List<Edited> edited;

  /**
   * @param edited the edited scripts, in the order they were applied; not empty
   */
  public EditedScriptsException(List<Edited> edited) {
    super(
        "validateOnMigrate is set and "
            + (edited.size() == 1 ? "an applied script was" : "applied scripts were")
            + " edited after they ran: "
            + edited.stream()
                .map(e -> "revision " + e.revision() + " (" + e.file() + ")")
                .collect(Collectors.joining(", "))
            + ". Nothing was run. Check the edit and run 'repair' to accept it, or restore the"
            + " applied script.");
    this.edited = List.copyOf(edited);
  }

  /** The edited scripts, in the order they were applied. */
  public List<Edited> edited() {
    return edited;
  }
}
