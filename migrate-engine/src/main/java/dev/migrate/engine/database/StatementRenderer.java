package dev.migrate.engine.database;

/**
 * A database's renderer for schema changes and Java migrations' operations. Its methods use the
 * migration package's value types ({@code ColumnType}), so for now the contract is {@code
 * migration}'s {@code SqlRenderer}, which extends this; it moves here when those types leave {@code
 * migration}.
 */
public interface StatementRenderer {}
