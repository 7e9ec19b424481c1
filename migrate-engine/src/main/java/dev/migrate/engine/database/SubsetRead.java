package dev.migrate.engine.database;

import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
import java.util.Set;

/**
 * What a read of some tables gave: the schema with the tables it covers, which those are, and the
 * name of every table there, read or not; a reader that cannot tell one table's changes from
 * another's covers every table.
 *
 * @param schema the schema, holding only the covered tables
 * @param covered the tables read: the subset asked for, or all
 * @param tableNames every table the database holds, named as {@link DatabaseSchema} names them, so
 *     that a table that appears or goes outside the subset is still seen
 */
public record SubsetRead(DatabaseSchema schema, TableSubset covered, Set<String> tableNames) {
  public SubsetRead {
    tableNames = Set.copyOf(tableNames);
  }
}
