package dev.migrate.engine.database;

/**
 * A database's renderer for Java migrations' operations. Its methods use the migration package's
 * value types, so for now the contract is {@code migration}'s {@code SqlRenderer}, which extends
 * this; it moves here with the typed schema model.
 */
public interface StatementRenderer {}
