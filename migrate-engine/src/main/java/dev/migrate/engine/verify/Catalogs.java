package dev.migrate.engine.verify;

import dev.migrate.engine.database.SchemaReader;

/**
 * The schema readers this package holds, for the database packages that choose among them.
 * Internal: public only because the database packages live elsewhere; the readers move into them
 * with the typed schema model.
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
