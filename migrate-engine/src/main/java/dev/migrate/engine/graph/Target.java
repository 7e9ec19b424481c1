package dev.migrate.engine.graph;

/**
 * A parsed revision target, before it meets a graph. {@link TargetParser} produces it; {@code
 * Resolver} and {@link Planner} give it meaning against revisions and version rows.
 */
public sealed interface Target permits Target.Absolute, Target.Relative {

  /** The target as typed. */
  String text();

  /**
   * {@code head}, {@code heads}, {@code base} (also the empty string), a full id, a prefix or a
   * label, each optionally qualified by a branch: {@code B@head}, {@code B@heads}, {@code B@base},
   * {@code B@rev}.
   *
   * @param branch the part before {@code @}, or null
   * @param symbol the part after {@code @} (the whole text without one)
   */
  record Absolute(String text, String branch, String symbol) implements Target {
    public boolean isHead() {
      return symbol.equals("head");
    }

    public boolean isHeads() {
      return symbol.equals("heads");
    }

    public boolean isBase() {
      return symbol.isEmpty() || symbol.equals("base");
    }
  }

  /**
   * A relative step: {@code +N}, {@code -N}, {@code X+N}, {@code X-N}, {@code head-N}, {@code
   * base+N}, {@code B@+N}, {@code B@-N}, {@code B@X-N}, {@code B@head-N}, {@code B@base+N}.
   *
   * @param branch the part before {@code @}, or null
   * @param symbol the revision, {@code head} or {@code base} the walk starts from; null to start
   *     from the current version rows
   * @param steps signed step count; positive walks up (towards heads)
   */
  record Relative(String text, String branch, String symbol, int steps) implements Target {}
}
