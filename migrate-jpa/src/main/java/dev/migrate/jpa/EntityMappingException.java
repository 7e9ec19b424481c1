package dev.migrate.jpa;

/** Hibernate refused to map the entities; the message is Hibernate's own. */
public final class EntityMappingException extends JpaModelException {
  private final String hibernateMessage;

  public EntityMappingException(String hibernateMessage, String hibernateVersion, Throwable cause) {
    super(
        "Hibernate " + hibernateVersion + " cannot map the JPA entities: " + hibernateMessage,
        cause);
    this.hibernateMessage = hibernateMessage;
  }

  /** Hibernate's message, as it worded it. */
  public String hibernateMessage() {
    return hibernateMessage;
  }
}
