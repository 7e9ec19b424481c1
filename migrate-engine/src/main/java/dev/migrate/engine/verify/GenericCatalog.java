package dev.migrate.engine.verify;

import dev.migrate.engine.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Any other database: what JDBC metadata alone can say about the connection's schema. */
final class GenericCatalog implements Catalog {

  @Override
  public List<String> compared() {
    return List.of(
        "tables",
        "columns (type, nullability, default)",
        "primary keys",
        "foreign keys",
        "indexes",
        "table and column comments");
  }

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    String schema = connection.getSchema();
    boolean byCatalog = schema == null;
    String name = byCatalog ? connection.getCatalog() : schema;
    boolean upper = connection.getMetaData().storesUpperCaseIdentifiers();
    return new Scope(List.of(name), name, byCatalog, upper, excludedTables);
  }

  @Override
  public void read(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    JdbcMetadata jdbc = new JdbcMetadata(connection.getMetaData(), scope);
    String schema = scope.defaultSchema();
    List<String> tables = jdbc.tables(schema, out);
    jdbc.columns(schema, tables, out);
    jdbc.primaryKeys(schema, tables, out);
    jdbc.foreignKeys(schema, tables, out);
    jdbc.indexes(schema, tables, out);
  }
}
