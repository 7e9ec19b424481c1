package dev.migrate.engine.api.error;

/** The two ends of a range, or a destination and the current heads, are not on one line. */
public final class RangeNotAncestorException extends GraphException {
  private final String lower;
  private final String upper;

  public RangeNotAncestorException(String lower, String upper, String message) {
    super(message);
    this.lower = lower;
    this.upper = upper;
  }

  public String lower() {
    return lower;
  }

  public String upper() {
    return upper;
  }
}
