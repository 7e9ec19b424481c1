package dev.migrate.engine.api.error;

/**
 * A revision whose own declaration is unusable: a bad id, a bad label, a self-loop or a redundant
 * merge parent.
 */
public final class InvalidRevisionException extends GraphException {
  private final String revision;
  private final String source;

  public InvalidRevisionException(String revision, String source, String problem) {
    super("Revision " + revision + " (" + source + "): " + problem);
    this.revision = revision;
    this.source = source;
  }

  public String revision() {
    return revision;
  }

  public String source() {
    return source;
  }
}
