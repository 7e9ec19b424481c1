package dev.migrate.engine.graph;

/**
 * A {@code START:END} range as typed for {@code history} or offline rendering. Either side may be
 * empty (null here); {@code current} stands for the database's version rows.
 */
public record TargetRange(String text, String start, String end) {
  public boolean startIsCurrent() {
    return TargetParser.isCurrent(start);
  }

  public boolean endIsCurrent() {
    return TargetParser.isCurrent(end);
  }

  /** True when either end is {@code current}: the range needs the database's version rows. */
  public boolean readsCurrent() {
    return startIsCurrent() || endIsCurrent();
  }
}
