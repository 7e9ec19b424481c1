package dev.migrate.engine.api.error;

/** A symbol, branch or version row that names no revision of the graph. */
public final class UnknownRevisionException extends GraphException {
  private final String id;

  public UnknownRevisionException(String id, String message) {
    super(message);
    this.id = id;
  }

  /** The text that did not resolve. */
  public String id() {
    return id;
  }
}
