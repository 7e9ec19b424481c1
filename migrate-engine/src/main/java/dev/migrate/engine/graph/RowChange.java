package dev.migrate.engine.graph;

/**
 * One primitive change to the version table. A step carries the list its case needs (linear step,
 * new branch, merge, unmerge, delete branch); the version-table owner only executes them.
 */
public sealed interface RowChange {
  /** Adds a row for a revision that starts a new branch. */
  record Insert(String id) implements RowChange {}

  /** Removes a row (a merged parent, a deleted branch). */
  record Delete(String id) implements RowChange {}

  /** Replaces exactly one row; matching no row or several is an error at run time. */
  record Update(String from, String to) implements RowChange {}
}
