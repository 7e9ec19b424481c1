package dev.migrate.engine.api.error;

/** A {@code down_revision} or {@code depends_on} entry that names no loaded revision. */
public final class MissingRevisionException extends GraphException {
  private final String revision;
  private final String source;
  private final String missing;
  private final String field;

  public MissingRevisionException(
      String revision, String source, String field, String missing, String detail) {
    super(
        "Revision "
            + revision
            + " ("
            + source
            + ") names '"
            + missing
            + "' in "
            + field
            + ", but "
            + detail);
    this.revision = revision;
    this.source = source;
    this.missing = missing;
    this.field = field;
  }

  public String revision() {
    return revision;
  }

  public String source() {
    return source;
  }

  /** The reference that did not resolve. */
  public String missing() {
    return missing;
  }

  /** {@code down_revision} or {@code depends_on}. */
  public String field() {
    return field;
  }
}
