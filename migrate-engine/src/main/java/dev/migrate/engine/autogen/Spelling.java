package dev.migrate.engine.autogen;

import java.util.Locale;

/**
 * Two spellings of one SQL expression, as a database prints defaults, CHECK conditions, partial
 * index predicates and view queries, compared without what the database adds or drops on the way
 * in: case outside literals, identifier quotes, casts ({@code ::text}, {@code ::character
 * varying[]}), parentheses and white space. {@code (status)::text = ANY ((ARRAY['A'::character
 * varying])::text[])} and {@code status = ANY (ARRAY['A'])} are one spelling. Literals keep their
 * case and content.
 */
final class Spelling {
  private Spelling() {}

  /** True when both are null, or both spell one expression. */
  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    return canonical(a).equals(canonical(b));
  }

  /** The expression reduced to what both spellings share; null stays null. */
  static String canonical(String expression) {
    if (expression == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(expression.length());
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        int end = endOfLiteral(expression, i);
        out.append(expression, i, end);
        i = end;
      } else if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
        i = endOfCast(expression, i + 2);
      } else if (c == '"' || c == '`' || c == '(' || c == ')' || Character.isWhitespace(c)) {
        i++;
      } else {
        out.append(Character.toLowerCase(c));
        i++;
      }
    }
    return out.toString();
  }

  /** The index after a literal that starts at {@code start}; {@code ''} is an escaped quote. */
  private static int endOfLiteral(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  /**
   * The index after a cast's type name: words ({@code character varying}), an argument list ({@code
   * (255)}) and array brackets.
   */
  private static int endOfCast(String text, int from) {
    int i = from;
    int n = text.length();
    while (i < n) {
      int wordStart = skipSpaces(text, i);
      int wordEnd = wordStart;
      while (wordEnd < n
          && (Character.isLetterOrDigit(text.charAt(wordEnd))
              || text.charAt(wordEnd) == '_'
              || text.charAt(wordEnd) == '"')) {
        wordEnd++;
      }
      if (wordEnd == wordStart || (i > from && !isTypeWord(text.substring(wordStart, wordEnd)))) {
        break;
      }
      i = wordEnd;
    }
    if (i < n && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      i = close < 0 ? n : close + 1;
    }
    while (i + 1 < n && text.charAt(i) == '[' && text.charAt(i + 1) == ']') {
      i += 2;
    }
    return i;
  }

  /** Words that continue a type name after its first word. */
  private static boolean isTypeWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "varying", "precision", "with", "without", "time", "zone" -> true;
      default -> false;
    };
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
