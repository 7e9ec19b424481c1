package dev.migrate.engine.database;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;

/**
 * What a read of some tables gave: the schema with the tables it covers, and which those are; a
 * reader that cannot tell one table's changes from another's covers every table.
 *
 * @param schema the schema, holding only the covered tables
 * @param covered the tables read: the subset asked for, or all
 */
public record SubsetRead(DatabaseSchema schema, TableSubset covered) {}
