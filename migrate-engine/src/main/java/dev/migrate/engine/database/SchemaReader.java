package dev.migrate.engine.database;

/**
 * A database's schema reader. Its methods use the verify package's snapshot types, so for now the
 * contract is {@code verify}'s {@code Catalog}, which extends this; it moves here with the typed
 * schema model.
 */
public interface SchemaReader {}
