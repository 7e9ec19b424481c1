package dev.migrate.jpa;

/** A model class, or a class it needs, is not on the class path given for the model. */
public final class EntityClassNotLoadableException extends JpaModelException {
  private final String missingClass;

  public EntityClassNotLoadableException(
      String missingClass, String hibernateVersion, Throwable cause) {
    super(
        "Hibernate "
            + hibernateVersion
            + " cannot load the JPA model: class "
            + missingClass
            + " is not on the model's class path (a dependency missing from it, or classes not compiled)",
        cause);
    this.missingClass = missingClass;
  }

  /** The class that could not be found (dotted name). */
  public String missingClass() {
    return missingClass;
  }
}
