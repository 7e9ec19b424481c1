package dev.migrate.engine.lint;

import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a database's rules over scripts, one at a time and in revision order: the statements as the
 * database's splitter cut them, the script's transaction mode, what the script created before each
 * statement, its suppression comments, and the severity overrides of the configuration.
 */
public final class Linter {
  /** The rule every suppression problem is reported under. */
  public static final Rule LINT_IGNORE =
      new Rule(
          "lint-ignore",
          LintSeverity.WARNING,
          "all",
          "a migrate:lint-ignore comment without rule or reason, naming an unknown rule, or"
              + " silencing nothing",
          "a suppression that accepts nothing hides the next real finding",
          "name the rules the statement breaks, and why that is acceptable here");

  private final List<LintRule> rules;
  private final Map<String, LintSeverity> overrides;
  private final int serverMajor;
  private final boolean lockTimeoutConfigured;
  private final Set<String> known = new HashSet<>();
  private final ColumnTypes columnTypes = new ColumnTypes();

  /**
   * @param rules the database's rules
   * @param overrides severities by rule id, {@link LintSeverity#OFF} to silence a rule
   * @param serverMajor the server's major version
   * @param lockTimeoutConfigured migrate's configuration sets a statement lock timeout
   */
  public Linter(
      List<LintRule> rules,
      Map<String, LintSeverity> overrides,
      int serverMajor,
      boolean lockTimeoutConfigured) {
    this.rules = List.copyOf(rules);
    this.overrides = Map.copyOf(overrides);
    this.serverMajor = serverMajor;
    this.lockTimeoutConfigured = lockTimeoutConfigured;
    for (LintRule rule : rules) {
      known.add(rule.rule().id());
    }
    known.add(LINT_IGNORE.id());
  }

  /** The ids of the rules, for checking the names a configuration gives. */
  public Set<String> ruleIds() {
    return Set.copyOf(known);
  }

  /** One script's upgrade, as it will run. */
  public record Script(
      String section, int firstLine, List<Statement> statements, boolean transactional) {}

  /**
   * Learns the column types a revision that is not linted declares (an applied one), so that later
   * type changes are judged against them.
   */
  public void learn(Script script) {
    for (Statement statement : script.statements()) {
      columnTypes.learn(new LintStatement(statement.sql(), statement.line(), 1, statement.index()));
    }
  }

  /** The findings of one script, in statement order, after suppressions and overrides. */
  public List<Finding> lint(Script script) {
    String[] lines = script.section().split("\n", -1);
    List<LintStatement> statements = new ArrayList<>(script.statements().size());
    for (Statement statement : script.statements()) {
      statements.add(
          new LintStatement(
              statement.sql(),
              statement.line(),
              column(lines, statement.line() - script.firstLine(), statement.sql()),
              statement.index()));
    }
    Suppressions suppressions = Suppressions.of(script.section(), script.firstLine(), known);
    suppressions.attach(statements);
    ScriptState state =
        new ScriptState(
            script.transactional(),
            serverMajor,
            lockTimeoutConfigured,
            statements.size(),
            columnTypes);
    for (LintStatement statement : statements) {
      for (LintRule rule : rules) {
        rule.check(statement, state);
      }
      String created = statement.createdTable();
      if (created != null) {
        state.created(created);
      }
      columnTypes.learn(statement);
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : state.findings()) {
      LintSeverity severity = overrides.getOrDefault(finding.rule(), finding.severity());
      if (severity != LintSeverity.OFF && !suppressions.silences(finding.rule(), finding.line())) {
        findings.add(withSeverity(finding, severity));
      }
    }
    LintSeverity ignoreSeverity = overrides.getOrDefault(LINT_IGNORE.id(), LINT_IGNORE.severity());
    if (ignoreSeverity != LintSeverity.OFF) {
      for (String[] problem : suppressions.problems()) {
        findings.add(
            new Finding(
                LINT_IGNORE.id(),
                ignoreSeverity,
                Integer.parseInt(problem[0]),
                1,
                problem[1],
                LINT_IGNORE.why(),
                LINT_IGNORE.instead()));
      }
    }
    return findings;
  }

  /**
   * The script's section with each finding as a comment on the lines before its statement ({@code
   * -- lint: pg-index-not-concurrent (warning): ... Instead: ...}), for a generated revision that
   * its author reviews before it runs.
   */
  public String annotate(Script script) {
    List<Finding> findings = lint(script);
    String[] lines = script.section().split("\n", -1);
    StringBuilder text = new StringBuilder(script.section().length() + 200 * findings.size());
    for (int i = 0; i < lines.length; i++) {
      int line = script.firstLine() + i;
      String indent = lines[i].substring(0, lines[i].length() - lines[i].stripLeading().length());
      for (Finding finding : findings) {
        if (finding.line() == line) {
          text.append(indent)
              .append("-- lint: ")
              .append(finding.rule())
              .append(" (")
              .append(finding.severity().label())
              .append("): ")
              .append(finding.message())
              .append(". Instead: ")
              .append(finding.instead())
              .append('\n');
        }
      }
      text.append(lines[i]);
      if (i < lines.length - 1) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static Finding withSeverity(Finding finding, LintSeverity severity) {
    return severity == finding.severity()
        ? finding
        : new Finding(
            finding.rule(),
            severity,
            finding.line(),
            finding.column(),
            finding.message(),
            finding.why(),
            finding.instead());
  }

  /** The column where the statement starts on its first line (1 when it cannot be told). */
  private static int column(String[] lines, int lineIndex, String sql) {
    if (lineIndex < 0 || lineIndex >= lines.length) {
      return 1;
    }
    int end = sql.indexOf('\n');
    String head = (end < 0 ? sql : sql.substring(0, end)).strip();
    int at = head.isEmpty() ? -1 : lines[lineIndex].indexOf(head);
    return at < 0 ? 1 : at + 1;
  }
}
