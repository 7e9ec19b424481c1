package dev.migrate.engine.migration;

/**
 * The kind of a constraint to drop. PostgreSQL and H2 drop any constraint by name; MariaDB/MySQL
 * need to know which kind it is ({@code DROP FOREIGN KEY}, {@code DROP INDEX}, ...).
 */
public enum ConstraintType {
  FOREIGN_KEY,
  UNIQUE,
  PRIMARY_KEY,
  CHECK
}
