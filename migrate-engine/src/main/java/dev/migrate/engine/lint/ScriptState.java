package dev.migrate.engine.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules know about the script being linted: its transaction mode (from its header, so that
 * transaction rules are exact), the server version, whether a lock timeout is in force, the tables
 * it created so far, the column types the earlier revisions declared, and facts the rules note for
 * later statements. Collects the findings.
 */
public final class ScriptState {
  private final boolean transactional;
  private final int serverMajor;
  private final int statementCount;
  private final ColumnTypes columnTypes;
  private final Set<String> createdTables = new HashSet<>();
  private final Set<String> facts = new HashSet<>();
  private final Map<String, String> values = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private boolean lockTimeout;

  /**
   * @param transactional the script's {@code transactional} header
   * @param serverMajor the server's major version (PostgreSQL 16, MariaDB 10)
   * @param lockTimeoutConfigured migrate's configuration sets a statement lock timeout
   * @param statementCount how many statements the script's upgrade holds
   * @param columnTypes the column types declared by the revisions before this one
   */
  public ScriptState(
      boolean transactional,
      int serverMajor,
      boolean lockTimeoutConfigured,
      int statementCount,
      ColumnTypes columnTypes) {
    this.transactional = transactional;
    this.serverMajor = serverMajor;
    this.lockTimeout = lockTimeoutConfigured;
    this.statementCount = statementCount;
    this.columnTypes = columnTypes;
  }

  /** True when the script runs inside a transaction. */
  public boolean transactional() {
    return transactional;
  }

  /** The server's major version. */
  public int serverMajor() {
    return serverMajor;
  }

  public int statementCount() {
    return statementCount;
  }

  /** True when the configuration or an earlier statement of the script set a lock timeout. */
  public boolean lockTimeout() {
    return lockTimeout;
  }

  /** The script set a lock timeout. */
  public void lockTimeoutSet() {
    lockTimeout = true;
  }

  /** True when the table exists before the script: it did not create it earlier. */
  public boolean existing(String table) {
    return table != null && !createdTables.contains(LintStatement.unqualified(table));
  }

  void created(String table) {
    createdTables.add(LintStatement.unqualified(table));
  }

  /** The column types declared by earlier revisions (and earlier statements of this one). */
  public ColumnTypes columnTypes() {
    return columnTypes;
  }

  /** Notes a fact for later statements ({@code "not-valid:FK_ORDERS"}). */
  public void note(String fact) {
    facts.add(fact);
  }

  /** True when the fact was noted. */
  public boolean noted(String fact) {
    return facts.contains(fact);
  }

  /** Remembers a value for later statements ({@code "access-exclusive"} -> the table). */
  public void remember(String key, String value) {
    values.put(key, value);
  }

  /** The value remembered under the key, or null. */
  public String value(String key) {
    return values.get(key);
  }

  /**
   * Notes the fact and answers whether it is new: for rules that report once per script ({@code
   * once("lock-timeout")}).
   */
  public boolean once(String fact) {
    return facts.add("once:" + fact);
  }

  /** Reports a finding of the rule at the statement. */
  public void report(Rule rule, LintStatement statement, String message) {
    findings.add(
        new Finding(
            rule.id(),
            rule.severity(),
            statement.line(),
            statement.column(),
            message,
            rule.why(),
            rule.instead()));
  }

  List<Finding> findings() {
    return findings;
  }
}
