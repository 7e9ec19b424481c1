package dev.migrate.engine.common;

/** The databases the engine knows by name; offline rendering picks one with {@code dialect=}. */
public enum DatabaseKind {
  POSTGRESQL,
  MARIADB,
  MYSQL,
  H2,
  SQLITE
}
