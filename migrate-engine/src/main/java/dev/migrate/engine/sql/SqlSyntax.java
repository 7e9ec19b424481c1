package dev.migrate.engine.sql;

/** The lexical rules the statement splitter follows; each dialect names one. */
public enum SqlSyntax {
  /** Dollar quotes, E'' strings with backslash escapes, nested block comments. */
  POSTGRESQL,
  /** Backtick identifiers, backslash escapes in every string, '#' comments, flat block comments. */
  MYSQL,
  /** Standard SQL strings and double-quoted identifiers; H2 also accepts $$ bodies. */
  H2
}
