package dev.migrate.engine.graph;

import java.util.Collection;
import java.util.List;

/**
 * Plans upgrade, downgrade and stamp over a graph exactly as Alembic does. CONTRACT STUB: the graph
 * work replaces the bodies; the signatures are what the runtime codes against.
 */
public final class Planner {
  private final RevisionGraph graph;

  public Planner(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * Steps from the version rows to the target ({@code heads}, {@code +2}, {@code label@head}...).
   */
  public Plan upgrade(Collection<String> rows, String target) {
    throw new UnsupportedOperationException();
  }

  /**
   * Steps from the version rows down to the target ({@code -1}, {@code base}, {@code B@rev}...).
   */
  public Plan downgrade(Collection<String> rows, String target) {
    throw new UnsupportedOperationException();
  }

  /** Row changes that stamp the targets; purge starts from an empty table. */
  public Plan stamp(Collection<String> rows, List<String> targets, boolean purge) {
    throw new UnsupportedOperationException();
  }

  /** Offline upgrade over {@code START:END} (START may be empty for base). */
  public Plan upgradeRange(String range) {
    throw new UnsupportedOperationException();
  }

  /** Offline downgrade over {@code START:END}; a range that is not a path names both ends. */
  public Plan downgradeRange(String range) {
    throw new UnsupportedOperationException();
  }
}
