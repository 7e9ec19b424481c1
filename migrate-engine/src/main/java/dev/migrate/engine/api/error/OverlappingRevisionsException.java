package dev.migrate.engine.api.error;

import java.util.List;

/** Requested revisions (or version rows) where one is an ancestor of another. */
public final class OverlappingRevisionsException extends GraphException {
  private final String revision;
  private final List<String> overlaps;

  public OverlappingRevisionsException(String revision, List<String> overlaps, String hint) {
    super(
        "Requested revision "
            + revision
            + " overlaps with other requested revisions "
            + String.join(", ", overlaps)
            + hint);
    this.revision = revision;
    this.overlaps = List.copyOf(overlaps);
  }

  public String revision() {
    return revision;
  }

  /** Its ancestors among the other requested revisions. */
  public List<String> overlaps() {
    return overlaps;
  }
}
