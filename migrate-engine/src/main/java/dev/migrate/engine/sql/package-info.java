/**
 * Statements with line numbers, the splitter that finds them, and the sink they flow into.
 *
 * <p>API used by the rest of the engine: {@link dev.migrate.engine.sql.Statement}, {@link
 * dev.migrate.engine.sql.StatementSink}, {@link dev.migrate.engine.sql.SqlSyntax} and {@link
 * dev.migrate.engine.sql.SqlSplitter} (which throws {@link
 * dev.migrate.engine.sql.SqlSplitException}). Depends only on {@code common}.
 */
package dev.migrate.engine.sql;
