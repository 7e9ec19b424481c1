/**
 * The migrate engine. Exported, and so the public API: the facade {@code dev.migrate.engine}, the
 * configuration and result values with the exceptions a caller handles ({@code api}), the base
 * exception and the reporter ({@code common}) and the Java-migration SPI ({@code migration}). Every
 * other package is internal: the plugin, the CLI and applications use none of them, which {@code
 * ArchitectureTest} checks.
 */
module dev.migrate.engine {
  requires transitive java.sql;

  exports dev.migrate.engine;
  exports dev.migrate.engine.api;
  exports dev.migrate.engine.api.error;
  exports dev.migrate.engine.common;
  exports dev.migrate.engine.migration;

  // The supported databases (database.Databases reads them; the class path reads the same list
  // from META-INF/services).
  uses dev.migrate.engine.database.DatabaseSupport;

  provides dev.migrate.engine.database.DatabaseSupport with
      dev.migrate.engine.database.postgresql.PostgresSupport,
      dev.migrate.engine.database.mariadb.MariaDbSupport,
      dev.migrate.engine.database.h2.H2Support,
      dev.migrate.engine.database.sqlite.SqliteSupport;
}
