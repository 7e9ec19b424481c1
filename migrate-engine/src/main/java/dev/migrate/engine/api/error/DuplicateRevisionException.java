package dev.migrate.engine.api.error;

/** Two scripts declare the same revision id. */
public final class DuplicateRevisionException extends GraphException {
  private final String id;
  private final String firstSource;
  private final String secondSource;

  public DuplicateRevisionException(String id, String firstSource, String secondSource) {
    super(
        "Revision "
            + id
            + " is declared twice: in "
            + firstSource
            + " and in "
            + secondSource
            + "; give one of them a new revision id");
    this.id = id;
    this.firstSource = firstSource;
    this.secondSource = secondSource;
  }

  public String id() {
    return id;
  }

  public String firstSource() {
    return firstSource;
  }

  public String secondSource() {
    return secondSource;
  }
}
