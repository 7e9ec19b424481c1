package dev.migrate.engine.graph;

import java.util.List;

/**
 * One primitive change to the version table. A step carries the list its case needs (linear step,
 * new branch, merge, unmerge, delete branch); the version-table owner only executes them.
 */
public sealed interface RowChange {

  /** Replays this change on a list of version rows held in memory (what the table will hold). */
  void replay(List<String> rows);

  /** Adds a row for a revision that starts a new branch. */
  record Insert(String id) implements RowChange {
    @Override
    public void replay(List<String> rows) {
      rows.add(id);
    }
  }

  /** Removes a row (a merged parent, a deleted branch). */
  record Delete(String id) implements RowChange {
    @Override
    public void replay(List<String> rows) {
      rows.remove(id);
    }
  }

  /** Replaces exactly one row; matching no row or several is an error at run time. */
  record Update(String from, String to) implements RowChange {
    @Override
    public void replay(List<String> rows) {
      int at = rows.indexOf(from);
      if (at >= 0) {
        rows.set(at, to);
      } else {
        rows.add(to);
      }
    }
  }
}
