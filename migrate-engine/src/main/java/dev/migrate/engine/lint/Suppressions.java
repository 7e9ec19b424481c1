package dev.migrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code -- migrate:lint-ignore RULE[, RULE] reason} comments of a script section (for the next
 * statement) and {@code -- migrate:lint-ignore-file RULE[, RULE] reason} (for the whole script).
 * There is no bare "ignore everything": each names its rules, so that a suppression says what it
 * accepts and can be found unused.
 */
final class Suppressions {
  private static final String DIRECTIVE = "migrate:lint-ignore";

  /** One rule named by one comment; {@code used} once it silenced a finding. */
  static final class Ignore {
    final String rule;
    final int line;
    final boolean wholeFile;
    int statementLine = -1; // the first line of the statement it applies to
    boolean used;

    Ignore(String rule, int line, boolean wholeFile) {
      this.rule = rule;
      this.line = line;
      this.wholeFile = wholeFile;
    }
  }

  private final List<Ignore> ignores = new ArrayList<>();
  private final List<String[]> problems = new ArrayList<>(); // {line, message}

  /** Reads the directives of a section that starts at {@code firstLine}. */
  static Suppressions of(String section, int firstLine, Set<String> knownRules) {
    Suppressions suppressions = new Suppressions();
    String[] lines = section.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i].strip();
      if (!text.startsWith("--")) {
        continue;
      }
      String content = text.substring(2).strip();
      if (!content.regionMatches(true, 0, DIRECTIVE, 0, DIRECTIVE.length())) {
        continue;
      }
      suppressions.read(content.substring(DIRECTIVE.length()), firstLine + i, knownRules);
    }
    return suppressions;
  }

  private void read(String rest, int line, Set<String> knownRules) {
    boolean wholeFile = rest.regionMatches(true, 0, "-file", 0, 5);
    String[] words = (wholeFile ? rest.substring(5) : rest).strip().split("\\s+");
    List<String> rules = new ArrayList<>();
    int i = 0;
    boolean more = true;
    while (more && i < words.length && !words[i].isEmpty()) {
      String word = words[i++];
      more = word.endsWith(",") || (i < words.length && words[i].startsWith(","));
      for (String rule : word.split(",")) {
        if (!rule.isBlank()) {
          rules.add(rule.strip());
        }
      }
    }
    if (rules.isEmpty()) {
      problems.add(
          new String[] {
            String.valueOf(line),
            "migrate:lint-ignore names no rule; name the rules it accepts and why"
          });
      return;
    }
    if (i >= words.length) {
      problems.add(
          new String[] {
            String.valueOf(line),
            "migrate:lint-ignore " + String.join(", ", rules) + " gives no reason; say why"
          });
    }
    for (String rule : rules) {
      if (!knownRules.contains(rule)) {
        problems.add(
            new String[] {
              String.valueOf(line), "migrate:lint-ignore names an unknown rule '" + rule + "'"
            });
      } else {
        ignores.add(new Ignore(rule, line, wholeFile));
      }
    }
  }

  /** Ties each statement suppression to the first statement that starts after its comment. */
  void attach(List<LintStatement> statements) {
    for (Ignore ignore : ignores) {
      if (ignore.wholeFile) {
        continue;
      }
      for (LintStatement statement : statements) {
        if (statement.line() > ignore.line) {
          ignore.statementLine = statement.line();
          break;
        }
      }
    }
  }

  /** True (and the suppression marked used) when a comment accepts the finding. */
  boolean silences(String rule, int statementLine) {
    boolean silenced = false;
    for (Ignore ignore : ignores) {
      if (ignore.rule.equals(rule) && (ignore.wholeFile || ignore.statementLine == statementLine)) {
        ignore.used = true;
        silenced = true;
      }
    }
    return silenced;
  }

  /**
   * Malformed comments, unknown rules, then suppressions that silenced nothing: {line, message}.
   */
  List<String[]> problems() {
    List<String[]> all = new ArrayList<>(problems);
    for (Ignore ignore : ignores) {
      if (!ignore.used) {
        all.add(
            new String[] {
              String.valueOf(ignore.line),
              "migrate:lint-ignore "
                  + ignore.rule
                  + " matched nothing"
                  + (ignore.wholeFile ? " in the script" : " in the next statement")
                  + "; remove it"
            });
      }
    }
    return all;
  }
}
