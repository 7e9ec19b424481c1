package dev.migrate.engine.database.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what SQLite keeps only as the text of its {@code CREATE} statements ({@code
 * sqlite_master}): constraint names, check expressions, index key expressions and predicates, view
 * queries. A small lexer that knows SQLite's quotes, comments and parentheses; no grammar beyond
 * that.
 */
final class SqliteDdl {
  private SqliteDdl() {}

  /** A lexical token: a word or quoted name (unquoted), a parenthesised group, or a symbol. */
  record Token(String text, Kind kind) {
    enum Kind {
      WORD,
      NAME,
      GROUP,
      STRING,
      SYMBOL
    }

    /** True for an unquoted word equal to the keyword (case ignored). */
    boolean is(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** A name as SQLite keeps it: the word itself, or a quoted name without its quotes. */
    boolean isName() {
      return kind == Kind.WORD || kind == Kind.NAME;
    }

    /** The text inside a parenthesised group. */
    String inner() {
      return text.substring(1, text.length() - 1).strip();
    }
  }

  /** The top-level, comma-separated items inside the first parentheses (a table's definitions). */
  static List<String> items(String createSql) {
    for (Token token : tokens(createSql)) {
      if (token.kind() == Token.Kind.GROUP) {
        return split(token.inner());
      }
    }
    return List.of();
  }

  /** Splits at top-level commas. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ',') {
        parts.add(text.substring(start, i).strip());
        start = ++i;
      } else {
        i = skip(text, i);
      }
    }
    String last = text.substring(start).strip();
    if (!last.isEmpty()) {
      parts.add(last);
    }
    return parts;
  }

  /** The tokens of a text, comments left out. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || isComment(text, i)) {
        i = Character.isWhitespace(c) ? i + 1 : skip(text, i);
      } else if (c == '(') {
        int end = skip(text, i);
        tokens.add(new Token(text.substring(i, end), Token.Kind.GROUP));
        i = end;
      } else if (c == '"' || c == '`' || c == '[') {
        int end = skip(text, i);
        String name = text.substring(i + 1, end - 1);
        tokens.add(new Token(c == '[' ? name : name.replace("" + c + c, "" + c), Token.Kind.NAME));
        i = end;
      } else if (c == '\'') {
        int end = skip(text, i);
        tokens.add(new Token(text.substring(i, end), Token.Kind.STRING));
        i = end;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end) == '_'
                || text.charAt(end) == '$')) {
          end++;
        }
        tokens.add(new Token(text.substring(i, end), Token.Kind.WORD));
        i = end;
      } else {
        tokens.add(new Token(String.valueOf(c), Token.Kind.SYMBOL));
        i++;
      }
    }
    return tokens;
  }

  /** The names in a parenthesised column list: {@code ("a", b)}. */
  static List<String> names(Token group) {
    List<String> names = new ArrayList<>();
    for (String part : split(group.inner())) {
      List<Token> tokens = tokens(part);
      if (!tokens.isEmpty()) {
        names.add(tokens.get(0).text());
      }
    }
    return names;
  }

  /** The text after the first top-level keyword {@code WHERE}, or null. */
  static String after(String sql, String keyword) {
    int i = 0;
    while (i < sql.length()) {
      if (Character.isLetter(sql.charAt(i))) {
        int end = i;
        while (end < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        if (sql.substring(i, end).equalsIgnoreCase(keyword)) {
          return sql.substring(end).strip();
        }
        i = end;
      } else {
        i = skip(sql, i);
      }
    }
    return null;
  }

  /** The keys of {@code CREATE INDEX ... ON t (keys)} as written. */
  static List<String> indexKeys(String sql) {
    List<Token> tokens = tokens(sql);
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.GROUP && tokens.get(i - 1).isName()) {
        return split(tokens.get(i).inner());
      }
    }
    return List.of();
  }

  /** Lower case, for matching names SQLite compares without case. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean isComment(String text, int i) {
    return i + 1 < text.length()
        && ((text.charAt(i) == '-' && text.charAt(i + 1) == '-')
            || (text.charAt(i) == '/' && text.charAt(i + 1) == '*'));
  }

  /** The index after the lexical unit that starts at {@code i} (a group, quote or comment). */
  private static int skip(String text, int i) {
    char c = text.charAt(i);
    if (isComment(text, i)) {
      if (c == '-') {
        int eol = text.indexOf('\n', i);
        return eol < 0 ? text.length() : eol + 1;
      }
      int end = text.indexOf("*/", i + 2);
      return end < 0 ? text.length() : end + 2;
    }
    if (c == '(') {
      int depth = 0;
      int j = i;
      while (j < text.length()) {
        char d = text.charAt(j);
        if (d == '(') {
          depth++;
          j++;
        } else if (d == ')') {
          depth--;
          j++;
          if (depth == 0) {
            return j;
          }
        } else {
          j = skip(text, j);
        }
      }
      return text.length();
    }
    char close = c == '[' ? ']' : c;
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
      int j = i + 1;
      while (j < text.length()) {
        if (text.charAt(j) == close) {
          if (close != ']' && j + 1 < text.length() && text.charAt(j + 1) == close) {
            j += 2;
            continue;
          }
          return j + 1;
        }
        j++;
      }
      return text.length();
    }
    return i + 1;
  }
}
