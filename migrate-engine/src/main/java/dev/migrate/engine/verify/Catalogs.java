package dev.migrate.engine.verify;

import dev.migrate.engine.database.SchemaReader;

/**
 * The schema readers this package holds, for the database packages that choose among them.
 * Internal: public only because the readers share this package's JDBC metadata reading; each may
 * move into its database's package.
 */
public final class Catalogs {
  private Catalogs() {}

  public static SchemaReader postgres() {
    return new PostgresCatalog();
  }

  public static SchemaReader mariaDb() {
    return new MariaDbCatalog();
  }

  public static SchemaReader h2() {
    return new H2Catalog();
  }
}
