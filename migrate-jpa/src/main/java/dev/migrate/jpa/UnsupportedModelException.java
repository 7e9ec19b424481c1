package dev.migrate.jpa;

/**
 * The model is of a kind this module does not map: {@code javax.persistence} entities or a
 * Hibernate older than 6 on the project's class path, or a database Hibernate has no dialect for.
 */
public final class UnsupportedModelException extends JpaModelException {
  public UnsupportedModelException(String message) {
    super(message);
  }
}
