package dev.migrate.engine.database.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Statements the database refuses to run inside a transaction block. A script holding one needs
 * {@code -- transactional: false}; finding it before anything runs lets the error say so and name
 * the statement, where the database would only say "cannot run inside a transaction block".
 *
 * <p>{@code CREATE|DROP INDEX CONCURRENTLY}, {@code REINDEX ... CONCURRENTLY}, {@code REINDEX
 * SCHEMA|DATABASE|SYSTEM}, {@code CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION}, {@code ALTER
 * SYSTEM}, {@code VACUUM} and {@code DISCARD ALL}.
 */
final class TransactionRules {
  private static final Set<String> OBJECTS = Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION");
  private static final Set<String> REINDEX_SCOPES = Set.of("SCHEMA", "DATABASE", "SYSTEM");

  private TransactionRules() {}

  /**
   * Why {@code sql} cannot run in a transaction, as the words that decide it ({@code "CREATE INDEX
   * CONCURRENTLY"}), or empty when it can.
   */
  static Optional<String> nonTransactional(String sql) {
    List<String> w = leadingWords(sql, 6);
    String w0 = word(w, 0);
    String w1 = word(w, 1);
    String w2 = word(w, 2);
    switch (w0) {
      case "CREATE", "DROP" -> {
        if (w1.equals("INDEX") && w2.equals("CONCURRENTLY")) {
          return Optional.of(w0 + " INDEX CONCURRENTLY");
        }
        if (w0.equals("CREATE")
            && w1.equals("UNIQUE")
            && w2.equals("INDEX")
            && word(w, 3).equals("CONCURRENTLY")) {
          return Optional.of("CREATE UNIQUE INDEX CONCURRENTLY");
        }
        if (OBJECTS.contains(w1)) {
          return Optional.of(w0 + " " + w1);
        }
      }
      case "REINDEX" -> {
        if (w.contains("CONCURRENTLY")) {
          return Optional.of("REINDEX CONCURRENTLY");
        }
        for (String scope : w) {
          if (REINDEX_SCOPES.contains(scope)) {
            return Optional.of("REINDEX " + scope);
          }
        }
      }
      case "ALTER" -> {
        if (w1.equals("SYSTEM")) {
          return Optional.of("ALTER SYSTEM");
        }
      }
      case "VACUUM" -> {
        return Optional.of("VACUUM");
      }
      case "DISCARD" -> {
        if (w1.equals("ALL")) {
          return Optional.of("DISCARD ALL");
        }
      }
      default -> {}
    }
    return Optional.empty();
  }

  private static String word(List<String> words, int i) {
    return i < words.size() ? words.get(i) : "";
  }

  /** The first {@code max} bare words, upper-cased, skipping comments and punctuation. */
  static List<String> leadingWords(String sql, int max) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n && words.size() < max) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          i++;
        }
        words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
      } else if (c == '\'' || c == '"' || c == '$') {
        break; // past the keywords that decide
      } else {
        i++;
      }
    }
    return words;
  }
}
