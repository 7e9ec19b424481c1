package dev.migrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a script as the rules see it: its {@link Words} (upper-cased, single-spaced,
 * with a space at both ends, so that {@code has("SET NOT NULL")} matches whole words only) and
 * where it stands in the file.
 */
public final class LintStatement {
  private static final Pattern ALTER_TABLE =
      Pattern.compile("^ ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\\S+) ");
  private static final Pattern INDEX_ON =
      Pattern.compile("^ CREATE (?:UNIQUE )?(?:FULLTEXT |SPATIAL )?INDEX .*? ON (?:ONLY )?(\\S+) ");
  private static final Pattern UPDATE = Pattern.compile("^ UPDATE (?:ONLY )?(\\S+) ");
  private static final Pattern DELETE = Pattern.compile("^ DELETE FROM (?:ONLY )?(\\S+) ");
  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "^ CREATE (?:OR REPLACE )?(?:(?:GLOBAL |LOCAL )?(?:TEMPORARY|TEMP|UNLOGGED) )?TABLE"
              + " (?:IF NOT EXISTS )?(\\S+) ");
  private static final Pattern TRUNCATE =
      Pattern.compile("^ TRUNCATE (?:TABLE )?(?:ONLY )?(\\S+) ");

  private final String sql;
  private final String words;
  private final int line;
  private final int column;
  private final int index;

  /**
   * @param sql the statement as the splitter gave it
   * @param line its first line in the file
   * @param column its first column on that line
   * @param index its 1-based position in the section
   */
  public LintStatement(String sql, int line, int column, int index) {
    this.sql = sql;
    this.words = Words.of(sql);
    this.line = line;
    this.column = column;
    this.index = index;
  }

  /** The statement's words, see {@link Words}. */
  public String words() {
    return words;
  }

  /** The statement as written. */
  public String sql() {
    return sql;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The 1-based position of the statement in its section. */
  public int index() {
    return index;
  }

  /** True when the words start with the phrase (upper-case words separated by single spaces). */
  public boolean startsWith(String phrase) {
    return words.startsWith(phrase, 1) && words.charAt(phrase.length() + 1) == ' ';
  }

  /** True when the phrase occurs as whole words. */
  public boolean has(String phrase) {
    return words.contains(" " + phrase + " ");
  }

  /** The first match of the pattern on the words, or null. */
  public Matcher find(Pattern pattern) {
    Matcher matcher = pattern.matcher(words);
    return matcher.find() ? matcher : null;
  }

  /** The table of an {@code ALTER TABLE}, or null. */
  public String alteredTable() {
    return group(ALTER_TABLE);
  }

  /**
   * The comma-separated actions of an {@code ALTER TABLE}, each with a space at both ends ({@code "
   * ADD COLUMN NOTE TEXT "}); empty for other statements.
   */
  public List<String> alterActions() {
    Matcher matcher = ALTER_TABLE.matcher(words);
    if (!matcher.find()) {
      return List.of();
    }
    List<String> actions = new ArrayList<>();
    for (String action : ColumnTypes.elements(words.substring(matcher.end() - 1))) {
      actions.add(" " + action.trim() + " ");
    }
    return actions;
  }

  /** The table a {@code CREATE INDEX} is on, or null. */
  public String indexedTable() {
    return group(INDEX_ON);
  }

  /** The table a {@code CREATE TABLE} creates, or null. */
  public String createdTable() {
    return group(CREATE_TABLE);
  }

  /** The table an {@code UPDATE} or {@code DELETE} writes, or null. */
  public String writtenTable() {
    String updated = group(UPDATE);
    return updated != null ? updated : group(DELETE);
  }

  /** The first table a {@code TRUNCATE} empties, or null. */
  public String truncatedTable() {
    return group(TRUNCATE);
  }

  /**
   * The table whose lock the statement takes as DDL: altered, indexed or truncated; null for other
   * statements.
   */
  public String ddlTable() {
    String table = alteredTable();
    if (table == null) {
      table = indexedTable();
    }
    return table != null ? table : truncatedTable();
  }

  private String group(Pattern pattern) {
    Matcher matcher = pattern.matcher(words);
    return matcher.find() ? unqualified(matcher.group(1)) : null;
  }

  /** The last part of a qualified name: {@code APP.ORDERS} is {@code ORDERS}. */
  public static String unqualified(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }
}
