package dev.migrate.engine.graph;

/**
 * A {@code START:END} range as typed for {@code history} or offline rendering. Either side may be
 * empty (null here); {@code current} stands for the database's version rows.
 */
public record TargetRange(String text, String start, String end) {
  public boolean startIsCurrent() {
    return "current".equals(start);
  }

  public boolean endIsCurrent() {
    return "current".equals(end);
  }
}
