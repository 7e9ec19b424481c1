package dev.migrate.engine.dialect;

import dev.migrate.engine.sql.SqlSyntax;

/**
 * The few facts about one database that the engine needs. Implementations are small and stateless;
 * the runtime owns this interface and adds facts as it needs them.
 */
public interface Dialect {
  DatabaseKind kind();

  /** The splitter rules for scripts run against this database. */
  SqlSyntax syntax();

  /** Whether DDL takes part in transactions (PostgreSQL, H2) or commits by itself (MariaDB). */
  boolean transactionalDdl();

  /** Quotes an identifier that has already been validated. */
  String quote(String identifier);
}
