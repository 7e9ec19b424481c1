package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.util.List;

/**
 * Autogenerate built a revision that does not prove out on the scratch database: its upgrade does
 * not give the model's schema, its downgrade does not give the scripts' schema back, or a statement
 * of it fails. Nothing was written.
 */
public final class UnprovableRevisionException extends MigrateException {
  private final List<String> objects;

  /**
   * @param objects one line per object the revision could not express or statement that failed
   */
  public UnprovableRevisionException(List<String> objects) {
    super(
        "The generated revision does not prove out on the scratch database, so nothing was"
            + " written; what it cannot express: "
            + String.join("; ", objects)
            + ". Write these changes by hand in a revision of your own.");
    this.objects = List.copyOf(objects);
  }

  /** What the revision could not express, one line each. */
  public List<String> objects() {
    return objects;
  }
}
