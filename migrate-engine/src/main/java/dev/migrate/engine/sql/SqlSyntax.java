package dev.migrate.engine.sql;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lexical rules the statement splitter follows, as facts: each database's support builds one
 * from the {@link Rule}s its own client applies. Everything not named here is standard SQL: {@code
 * '...'} strings with {@code ''} escapes, {@code --} comments, flat {@code /* *\/} comments and
 * {@code "..."} quoted identifiers.
 *
 * @param rules the rules beyond standard SQL
 */
public record SqlSyntax(Set<Rule> rules) {

  /** One lexical rule beyond standard SQL. */
  public enum Rule {
    /** {@code '...'} strings take backslash escapes (MySQL without NO_BACKSLASH_ESCAPES). */
    BACKSLASH_ESCAPES,
    /** {@code "..."} is a string with backslash escapes, not a quoted identifier. */
    DOUBLE_QUOTED_STRINGS,
    /** {@code `name`} is a quoted identifier. */
    BACKTICK_IDENTIFIERS,
    /** Block comments nest. */
    NESTED_COMMENTS,
    /** {@code #} opens a line comment. */
    HASH_COMMENTS,
    /** {@code //} opens a line comment. */
    SLASH_COMMENTS,
    /** {@code --} opens a comment only when whitespace follows (our markers always do). */
    DASH_COMMENT_NEEDS_SPACE,
    /** {@code /*! *\/} version comments and {@code /*+ *\/} hints are statement text. */
    EXECUTABLE_COMMENTS,
    /** {@code $$ ... $$} bodies hide delimiters. */
    DOLLAR_QUOTES,
    /** Dollar quotes may carry a tag: {@code $body$ ... $body$}. */
    DOLLAR_TAGS,
    /** {@code E'...'} strings take backslash escapes. */
    ESCAPE_STRINGS,
    /** A delimiter inside parentheses does not end the statement. */
    PARENTHESES,
    /**
     * Inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, {@code BEGIN}/{@code CASE} open and
     * {@code END} closes a body that hides delimiters (psql's rule).
     */
    ROUTINE_BODIES,
    /**
     * MySQL/MariaDB stored programs: {@code CREATE [DEFINER=...] PROCEDURE|FUNCTION|TRIGGER|EVENT}
     * and {@code BEGIN NOT ATOMIC} are one statement through their {@code BEGIN ... END} body and
     * its nested {@code IF}, {@code CASE}, {@code LOOP}, {@code WHILE} and {@code REPEAT} blocks
     * and labels.
     */
    STORED_PROGRAMS,
    /**
     * Inside {@code CREATE [TEMP] TRIGGER}, {@code BEGIN}/{@code CASE} open and {@code END} closes
     * a body that hides delimiters (the sqlite3 shell's rule).
     */
    TRIGGER_BODIES,
    /** The client's {@code DELIMITER} command changes the delimiter (the mysql client). */
    DELIMITER_COMMAND,
    /**
     * psql's own input is refused, naming the line: a backslash meta-command ({@code \set}, {@code
     * \connect}, {@code \i}) outside quotes and comments, and {@code COPY ... FROM STDIN} / {@code
     * TO STDOUT}, whose rows only psql carries. The server knows neither, and a script that runs in
     * psql would fail half-way here.
     */
    PSQL_COMMANDS
  }

  public SqlSyntax {
    rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
  }

  /** A syntax with these rules beyond standard SQL. */
  public static SqlSyntax of(Rule... rules) {
    return new SqlSyntax(Set.of(rules));
  }

  public boolean has(Rule rule) {
    return rules.contains(rule);
  }
}
