package dev.migrate.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way the target database's own client would, in one linear
 * pass.
 *
 * <p>What hides a delimiter, per {@link SqlSyntax}:
 *
 * <ul>
 *   <li>all: {@code '...'} strings with {@code ''} escapes, {@code "..."}, {@code --} comments,
 *       {@code /* *\/} comments, and the lines between {@code -- migrate:statement-begin} and
 *       {@code -- migrate:statement-end}, which form one statement whatever they contain;
 *   <li>PostgreSQL: {@code E'...'} strings with backslash escapes, {@code $$} and {@code $tag$}
 *       quotes, nested block comments, parentheses, and {@code BEGIN ATOMIC ... END} / {@code CASE
 *       ... END} inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} (as psql does);
 *   <li>MySQL/MariaDB: backslash escapes in {@code '...'} and {@code "..."} strings, {@code
 *       `backtick`} identifiers, {@code #} comments, {@code --} comments only when followed by
 *       whitespace, flat block comments, {@code /*! *\/} version comments kept as statement text,
 *       stored programs' {@code BEGIN ... END} bodies with their nested blocks ({@code
 *       CompoundBlocks}), and the mysql client's {@code DELIMITER} command;
 *   <li>SQLite (its syntax's {@link SqlSyntax.Rule#TRIGGER_BODIES}): {@code CREATE TRIGGER ...
 *       BEGIN ... END} bodies;
 *   <li>H2: {@code $$} quotes, {@code `backtick`} identifiers, {@code //} comments, nested block
 *       comments.
 * </ul>
 *
 * <p>A statement's text runs from its first to its last token: comments and blank lines around it
 * are dropped, comments inside it are kept, the delimiter is not included. Statements without a
 * token are skipped. The last statement needs no delimiter.
 *
 * <p>A stored program whose body does not close, or a statement that can only be the rest of a body
 * cut at an inner {@code ;} (one starting with {@code END IF}, say), is a {@link SqlSplitException}
 * that names the line and suggests the statement markers, found before anything runs.
 */
public final class SqlSplitter {
  private final SqlSyntax syntax;

  private SqlSplitter(SqlSyntax syntax) {
    this.syntax = syntax;
  }

  /** A splitter for the given lexical rules; cheap, stateless and thread-safe. */
  public static SqlSplitter of(SqlSyntax syntax) {
    return new SqlSplitter(java.util.Objects.requireNonNull(syntax, "syntax"));
  }

  public SqlSyntax syntax() {
    return syntax;
  }

  /** Splits a standalone script; lines count from 1. */
  public List<Statement> split(String sql) {
    return split(sql, 1, "<sql>");
  }

  /**
   * Splits {@code sql}, a part of a file that starts at line {@code firstLine}.
   *
   * @param source the file, for error messages
   * @throws SqlSplitException when a string, quote, comment or marker block is not closed
   */
  public List<Statement> split(String sql, int firstLine, String source) {
    List<Statement> statements = new ArrayList<>();
    split(sql, firstLine, source, statements::add);
    return statements;
  }

  /**
   * Like {@link #split(String, int, String)}, but hands each statement to {@code sink} as soon as
   * its end is found. A later error may follow statements already delivered.
   */
  public void split(String sql, int firstLine, String source, StatementSink sink) {
    new SplitPass(syntax, sql, firstLine, source, sink).run();
  }
}
