package dev.migrate.engine.lint;

/**
 * A rule: what it is, and a check of one statement against what the script did before it. Rules are
 * stateless; what they must remember within a script goes into the {@link ScriptState}.
 */
public interface LintRule {
  Rule rule();

  /** Reports through {@link ScriptState#report} what is wrong with the statement. */
  void check(LintStatement statement, ScriptState script);

  /** A rule from its description and its check. */
  static LintRule of(Rule rule, Check check) {
    return new LintRule() {
      @Override
      public Rule rule() {
        return rule;
      }

      @Override
      public void check(LintStatement statement, ScriptState script) {
        check.check(rule, statement, script);
      }
    };
  }

  /** The check of a rule made by {@link #of}; it reports in its rule's name. */
  @FunctionalInterface
  interface Check {
    void check(Rule rule, LintStatement statement, ScriptState script);
  }
}
