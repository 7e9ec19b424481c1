package dev.migrate.engine.lint;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.SqlSplitter;
import java.util.List;
import java.util.Map;

/** Lints script text the way {@code lint} does, for the rule tests. */
final class LintCorpus {
  private LintCorpus() {}

  /** The findings of one upgrade section (starting at line 1), with a lock timeout configured. */
  static List<Finding> lint(String dialect, boolean transactional, int major, String sql) {
    return lint(dialect, transactional, major, true, Map.of(), sql);
  }

  static List<Finding> lint(
      String dialect,
      boolean transactional,
      int major,
      boolean lockTimeoutConfigured,
      Map<String, dev.migrate.engine.common.LintSeverity> overrides,
      String sql) {
    Dialect database = Databases.forName(dialect);
    Linter linter = new Linter(database.lintRules(), overrides, major, lockTimeoutConfigured);
    return linter.lint(
        new Linter.Script(
            sql, 1, SqlSplitter.of(database.syntax()).split(sql, 1, "V1.sql"), transactional));
  }

  /** The rule ids of the findings, in order. */
  static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }
}
