package dev.migrate.jpa;

import java.util.List;

/** No {@code @Entity} class on the class path (in the packages asked for). */
public final class NoEntitiesException extends JpaModelException {
  private final int classpathEntries;
  private final List<String> packages;

  public NoEntitiesException(int classpathEntries, List<String> packages) {
    super(
        "No JPA entities (@jakarta.persistence.Entity classes) found in "
            + classpathEntries
            + " class-path entries"
            + (packages.isEmpty() ? "" : " under packages " + String.join(", ", packages))
            + "; compile the project first, or check the entity packages");
    this.classpathEntries = classpathEntries;
    this.packages = List.copyOf(packages);
  }

  /** How many class-path entries were searched. */
  public int classpathEntries() {
    return classpathEntries;
  }

  /** The packages the search was limited to; empty for all. */
  public List<String> packages() {
    return packages;
  }
}
