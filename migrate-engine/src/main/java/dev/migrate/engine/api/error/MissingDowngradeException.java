package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.util.List;

/**
 * A downgrade (or its rendered SQL) passes revisions whose scripts have no downgrade section.
 * Refused before the first statement runs, naming every such revision.
 */
public final class MissingDowngradeException extends MigrateException {
  private final List<String> revisions;
  private final List<String> files;

  /**
   * @param revisions the revisions that cannot be downgraded, in the order the plan meets them
   * @param files their scripts or classes, in the same order
   */
  public MissingDowngradeException(List<String> revisions, List<String> files) {
    super(message(revisions, files));
    this.revisions = List.copyOf(revisions);
    this.files = List.copyOf(files);
  }

  private static String message(List<String> revisions, List<String> files) {
    StringBuilder text = new StringBuilder("The downgrade passes ");
    text.append(revisions.size() == 1 ? "a revision" : revisions.size() + " revisions");
    text.append(" without a downgrade section: ");
    for (int i = 0; i < revisions.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(revisions.get(i));
      text.append(" (").append(files.get(i)).append(')');
    }
    return text.append(
            ". Nothing was run. Add a '-- migrate:downgrade' section, or downgrade to a revision"
                + " above "
                + (revisions.size() == 1 ? "it" : "them")
                + ".")
        .toString();
  }

  /** The revisions that cannot be downgraded. */
  public List<String> revisions() {
    return revisions;
  }

  /** The scripts or classes of those revisions, in the same order. */
  public List<String> files() {
    return files;
  }
}
