package dev.migrate.jpa;

import dev.migrate.engine.common.MigrateException;

/** A JPA model that cannot be turned into DDL; each subclass carries what went wrong. */
public abstract class JpaModelException extends MigrateException {
  protected JpaModelException(String message) {
    super(message);
  }

  protected JpaModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
