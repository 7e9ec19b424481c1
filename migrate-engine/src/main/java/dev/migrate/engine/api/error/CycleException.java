package dev.migrate.engine.api.error;

import java.util.List;

/**
 * Revisions that reach themselves through {@code down_revision} (or, when {@link #dependency()},
 * through {@code depends_on} as well).
 */
public final class CycleException extends GraphException {
  private final List<String> ids;
  private final boolean dependency;

  public CycleException(List<String> ids, boolean dependency, String detail) {
    this(ids, dependency, dependency ? "Dependency cycle" : "Cycle", detail);
  }

  /** {@code kind} is {@code Cycle}, {@code Self-loop} or their dependency variants. */
  public CycleException(List<String> ids, boolean dependency, String kind, String detail) {
    super(kind + " is detected in revisions (" + String.join(", ", ids) + ")" + detail);
    this.ids = List.copyOf(ids);
    this.dependency = dependency;
  }

  /** The revisions on the cycle, sorted. */
  public List<String> ids() {
    return ids;
  }

  public boolean dependency() {
    return dependency;
  }
}
