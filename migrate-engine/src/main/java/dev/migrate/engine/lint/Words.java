package dev.migrate.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces a statement to the words rules match on: comments dropped, keywords and unquoted names
 * upper-cased, quoted names unquoted (and upper-cased, so that names compare without case),
 * qualified names kept as one word ({@code APP.ORDERS}), dollar-quoted bodies replaced by {@code
 * $BODY$} so that nothing inside a function or DO block is taken for a statement of the script, and
 * string literals kept verbatim as one word (blanks inside turned into no-break spaces) so that no
 * phrase can match inside one. Every word is surrounded by single spaces.
 */
final class Words {
  static final char LITERAL_BLANK = '\u00a0';

  private Words() {}

  /** The words of {@code sql}, joined by single spaces, with a space before and after. */
  static String of(String sql) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    boolean glue = false; // the last word may absorb a following '.' and name
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        glue = false;
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = lineEnd(sql, i);
        glue = false;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = blockCommentEnd(sql, i);
        glue = false;
      } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'')) {
        int start = c == '\'' ? i : i + 1;
        int end = literalEnd(sql, start);
        words.add(literal(sql.substring(start, end)));
        i = end;
        glue = false;
      } else if (c == '"' || c == '`') {
        int end = sql.indexOf(c, i + 1);
        end = end < 0 ? n : end;
        name(words, sql.substring(i + 1, end).toUpperCase(Locale.ROOT).replace(' ', '_'), glue);
        i = Math.min(n, end + 1);
        glue = true;
      } else if (c == '$' && dollarTag(sql, i) > 0) {
        int tagEnd = dollarTag(sql, i);
        String tag = sql.substring(i, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        i = close < 0 ? n : close + tag.length();
        words.add("$BODY$");
        glue = false;
      } else if (isWordChar(c)) {
        int end = i;
        while (end < n && isWordChar(sql.charAt(end))) {
          end++;
        }
        name(words, sql.substring(i, end).toUpperCase(Locale.ROOT), glue);
        i = end;
        glue = true;
      } else if (c == '.' && glue) {
        int last = words.size() - 1;
        words.set(last, words.get(last) + ".");
        i++;
      } else {
        words.add(String.valueOf(c));
        i++;
        glue = false;
      }
    }
    StringBuilder text = new StringBuilder(sql.length() + 16).append(' ');
    for (String word : words) {
      text.append(word).append(' ');
    }
    return text.toString();
  }

  /** Appends a name, joining it to a preceding {@code SCHEMA.} word. */
  private static void name(List<String> words, String name, boolean glue) {
    int last = words.size() - 1;
    if (glue && last >= 0 && words.get(last).endsWith(".")) {
      words.set(last, words.get(last) + name);
    } else {
      words.add(name);
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static String literal(String quoted) {
    StringBuilder word = new StringBuilder(quoted.length());
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      word.append(Character.isWhitespace(c) ? LITERAL_BLANK : c);
    }
    return word.toString();
  }

  private static int lineEnd(String sql, int from) {
    int eol = sql.indexOf('\n', from);
    return eol < 0 ? sql.length() : eol + 1;
  }

  private static int blockCommentEnd(String sql, int from) {
    int depth = 0;
    int i = from;
    while (i + 1 < sql.length()) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** The end of a quoted literal starting at {@code start}: {@code ''} and backslash escapes. */
  private static int literalEnd(String sql, int start) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** The end of a {@code $tag$} opening at {@code i}, or 0 when none opens there. */
  private static int dollarTag(String sql, int i) {
    if (i > 0 && isWordChar(sql.charAt(i - 1))) {
      return 0;
    }
    int j = i + 1;
    if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
      return 0;
    }
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : 0;
  }
}
