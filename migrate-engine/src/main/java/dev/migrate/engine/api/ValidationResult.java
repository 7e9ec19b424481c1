package dev.migrate.engine.api;

import java.util.List;

/**
 * The findings of {@code validate} or {@code check}: empty when everything holds.
 *
 * @param problems one sentence each, naming revision and file
 */
public record ValidationResult(List<String> problems) {
  public ValidationResult {
    problems = List.copyOf(problems);
  }

  /** True when no problem was found. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /**
   * The line {@code validate} prints when it found no problem, saying what it compared: without a
   * database there is no applied script to compare, and it must not claim there was.
   */
  public static String consistent(boolean withDatabase) {
    return withDatabase
        ? "Scripts and database are consistent"
        : "Scripts are consistent (no database configured, so no applied script was compared)";
  }

  /** These problems and then the others. */
  public ValidationResult with(List<String> others) {
    if (others.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(problems);
    all.addAll(others);
    return new ValidationResult(all);
  }
}
