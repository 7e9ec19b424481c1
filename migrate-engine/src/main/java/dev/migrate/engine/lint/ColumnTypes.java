package dev.migrate.engine.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared type of each column, learnt from the {@code CREATE TABLE} and {@code ALTER TABLE}
 * statements of the revisions in order, so that a type change can be judged against the type it
 * replaces (widening a {@code varchar} rewrites nothing; narrowing it does). Types are kept as
 * {@link Words}: {@code VARCHAR ( 20 )}.
 */
public final class ColumnTypes {
  private static final Set<String> CONSTRAINT_WORDS =
      Set.of(
          "NOT",
          "NULL",
          "DEFAULT",
          "PRIMARY",
          "REFERENCES",
          "UNIQUE",
          "CHECK",
          "CONSTRAINT",
          "GENERATED",
          "COLLATE",
          "AUTO_INCREMENT",
          "COMMENT",
          "ON",
          "AS",
          "FIRST",
          "AFTER",
          "INVISIBLE",
          "VISIBLE",
          "IDENTITY",
          "USING",
          ",",
          ")",
          ";");
  private static final Set<String> TABLE_ELEMENTS =
      Set.of(
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "FOREIGN",
          "CHECK",
          "KEY",
          "INDEX",
          "EXCLUDE",
          "LIKE",
          "FULLTEXT",
          "SPATIAL",
          "PERIOD");
  private static final Pattern ADD_COLUMN =
      Pattern.compile(" ADD (?:COLUMN )?(?:IF NOT EXISTS )?(\\S+) (.*)");
  private static final Pattern ALTER_TYPE =
      Pattern.compile(" ALTER (?:COLUMN )?(\\S+) (?:SET DATA )?TYPE (.*)");
  private static final Pattern MODIFY = Pattern.compile(" MODIFY (?:COLUMN )?(\\S+) (.*)");
  private static final Pattern CHANGE = Pattern.compile(" CHANGE (?:COLUMN )?(\\S+) (\\S+) (.*)");

  private final Map<String, String> types = new HashMap<>();

  /** The type of the column as last declared, or null when no revision declared it. */
  public String typeOf(String table, String column) {
    return types.get(key(table, column));
  }

  /** Learns the columns a statement declares or retypes. */
  public void learn(LintStatement statement) {
    String created = statement.createdTable();
    if (created != null) {
      String words = statement.words();
      int open = words.indexOf(" ( ");
      if (open > 0) {
        for (String element : elements(words.substring(open + 2))) {
          declare(created, element);
        }
      }
      return;
    }
    String table = statement.alteredTable();
    if (table == null) {
      return;
    }
    for (String action : statement.alterActions()) {
      learnAction(table, action);
    }
  }

  private void learnAction(String table, String action) {
    Matcher add = ADD_COLUMN.matcher(action);
    if (add.lookingAt() && !TABLE_ELEMENTS.contains(add.group(1))) {
      declare(table, add.group(1) + " " + add.group(2));
      return;
    }
    Matcher alter = ALTER_TYPE.matcher(action);
    if (alter.lookingAt()) {
      types.put(key(table, alter.group(1)), typeWords(alter.group(2)));
      return;
    }
    Matcher modify = MODIFY.matcher(action);
    if (modify.lookingAt()) {
      declare(table, modify.group(1) + " " + modify.group(2));
      return;
    }
    Matcher change = CHANGE.matcher(action);
    if (change.lookingAt()) {
      types.remove(key(table, change.group(1)));
      declare(table, change.group(2) + " " + change.group(3));
    }
  }

  private void declare(String table, String element) {
    String trimmed = element.trim();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return;
    }
    String column = trimmed.substring(0, space);
    if (TABLE_ELEMENTS.contains(column)) {
      return;
    }
    types.put(key(table, column), typeWords(trimmed.substring(space + 1)));
  }

  /** The leading words of a column definition that make its type: {@code VARCHAR ( 20 )}. */
  public static String typeWords(String definition) {
    StringBuilder type = new StringBuilder();
    int depth = 0;
    for (String word : definition.trim().split(" ")) {
      if (depth == 0 && CONSTRAINT_WORDS.contains(word)) {
        break;
      }
      if (word.equals("(")) {
        depth++;
      } else if (word.equals(")")) {
        depth--;
      }
      type.append(type.length() == 0 ? "" : " ").append(word);
    }
    return type.toString();
  }

  /**
   * The comma-separated elements of a parenthesised list (or of a statement's tail) at depth zero;
   * {@code text} starts just inside the list.
   */
  static List<String> elements(String text) {
    List<String> elements = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (String word : text.trim().split(" ")) {
      if (word.equals("(")) {
        depth++;
      } else if (word.equals(")")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (word.equals(",") && depth == 0) {
        elements.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(' ').append(word);
    }
    if (!current.isEmpty()) {
      elements.add(current.toString());
    }
    return elements;
  }

  private static String key(String table, String column) {
    return LintStatement.unqualified(table) + "." + column;
  }
}
