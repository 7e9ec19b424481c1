package dev.migrate.engine.api.error;

import java.util.List;

/** A partial id (or label prefix) that matches more than one key. */
public final class AmbiguousRevisionException extends GraphException {
  private final String prefix;
  private final List<String> candidates;

  public AmbiguousRevisionException(String prefix, List<String> candidates) {
    super(
        "Multiple revisions start with '"
            + prefix
            + "': "
            + String.join(", ", candidates.stream().map(c -> "'" + c + "'").toList())
            + "; type more characters of the one you mean");
    this.prefix = prefix;
    this.candidates = List.copyOf(candidates);
  }

  public String prefix() {
    return prefix;
  }

  /** Every matching id or label, in load order. */
  public List<String> candidates() {
    return candidates;
  }
}
