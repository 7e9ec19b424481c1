package dev.migrate.jpa.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes of a JPA model found on a class path, each list sorted by name: what Hibernate is
 * given, and what the model's description counts.
 *
 * @param entities {@code @Entity} classes
 * @param supporting {@code @MappedSuperclass}, {@code @Embeddable} and {@code @Converter} classes
 * @param javaxEntities {@code @javax.persistence.Entity} classes, which no supported Hibernate maps
 */
public record ModelClasses(
    List<String> entities, List<String> supporting, List<String> javaxEntities) {
  public ModelClasses {
    entities = List.copyOf(entities);
    supporting = List.copyOf(supporting);
    javaxEntities = List.copyOf(javaxEntities);
  }

  /** Every class to hand to Hibernate: entities first, then the classes that support them. */
  public List<String> all() {
    List<String> all = new ArrayList<>(entities);
    all.addAll(supporting);
    return all;
  }
}
