package dev.migrate.engine.api.error;

/**
 * A branch label declared twice, or equal to a revision id (labels and ids share one namespace).
 */
public final class DuplicateBranchLabelException extends GraphException {
  private final String label;
  private final String revision;
  private final String otherRevision;

  public DuplicateBranchLabelException(
      String label, String revision, String source, String otherRevision, String otherSource) {
    super(
        "Branch name '"
            + label
            + "' in revision "
            + revision
            + " ("
            + source
            + ") already used by revision "
            + otherRevision
            + " ("
            + otherSource
            + ")");
    this.label = label;
    this.revision = revision;
    this.otherRevision = otherRevision;
  }

  public String label() {
    return label;
  }

  public String revision() {
    return revision;
  }

  public String otherRevision() {
    return otherRevision;
  }
}
