package dev.migrate.engine.api.error;

/**
 * A target that parses but cannot be carried out: a malformed symbol, an ambiguous or too long
 * relative walk, a range where none is allowed.
 */
public class InvalidTargetException extends GraphException {
  private final String target;

  public InvalidTargetException(String target, String message) {
    super(message);
    this.target = target;
  }

  /** The target as the user typed it. */
  public String target() {
    return target;
  }
}
