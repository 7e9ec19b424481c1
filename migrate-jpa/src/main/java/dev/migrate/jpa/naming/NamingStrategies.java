package dev.migrate.jpa.naming;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The physical and implicit naming strategies Hibernate is given (class names or Hibernate's
 * shortcuts; empty for Hibernate's default), and where they came from, for the model's description.
 *
 * <p>Precedence: an explicit strategy, then the project's {@code spring.jpa.hibernate.naming.*},
 * then the convention's defaults (Spring Boot's for the Boot on the class path when detecting).
 * Spring's own strategy classes are replaced by equivalents that need no Spring on the class path.
 */
public record NamingStrategies(
    Optional<String> physical, Optional<String> implicit, String origin) {

  static final String CAMEL_CASE =
      "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
  static final String SNAKE_CASE =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
  static final String SPRING_IMPLICIT = "dev.migrate.jpa.bridge.SpringImplicitNamingStrategy";

  private static final Map<String, String> SPRING_CLASSES =
      Map.of(
          "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
          SPRING_IMPLICIT,
          "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
          SPRING_IMPLICIT,
          "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy",
          CAMEL_CASE);

  /**
   * The strategies for a model on this class path.
   *
   * @param hibernateMajor the major version of the Hibernate that maps the model (Boot 4's snake
   *     case strategy exists from Hibernate 7 on)
   */
  public static NamingStrategies resolve(
      List<Path> classpath,
      NamingConvention convention,
      Optional<String> explicitPhysical,
      Optional<String> explicitImplicit,
      int hibernateMajor) {
    ClasspathResources resources = new ClasspathResources(classpath);
    OptionalInt boot =
        switch (convention) {
          case DETECT -> SpringBootVersion.major(resources);
          case HIBERNATE -> OptionalInt.empty();
          case SPRING_BOOT_3 -> OptionalInt.of(3);
          case SPRING_BOOT_4 -> OptionalInt.of(4);
        };
    Optional<String> physical = explicitPhysical;
    Optional<String> implicit = explicitImplicit;
    String origin = "explicit naming strategies";
    if (boot.isPresent()) {
      SpringProperties properties = SpringProperties.read(resources);
      Optional<String> ownPhysical =
          properties.get("spring.jpa.hibernate.naming.physical-strategy");
      Optional<String> ownImplicit =
          properties.get("spring.jpa.hibernate.naming.implicit-strategy");
      physical =
          physical
              .or(() -> ownPhysical)
              .or(() -> Optional.of(bootPhysical(boot.getAsInt(), hibernateMajor)));
      implicit = implicit.or(() -> ownImplicit).or(() -> Optional.of(SPRING_IMPLICIT));
      origin =
          "Spring Boot "
              + boot.getAsInt()
              + " naming"
              + (ownPhysical.isPresent() || ownImplicit.isPresent()
                  ? " as application properties set it"
                  : "");
    } else if (physical.isEmpty() && implicit.isEmpty()) {
      origin = "Hibernate naming";
    }
    return new NamingStrategies(
        physical.map(NamingStrategies::withoutSpring),
        implicit.map(NamingStrategies::withoutSpring),
        origin);
  }

  private static String bootPhysical(int bootMajor, int hibernateMajor) {
    return bootMajor >= 4 && hibernateMajor >= 7 ? SNAKE_CASE : CAMEL_CASE;
  }

  private static String withoutSpring(String strategy) {
    return SPRING_CLASSES.getOrDefault(strategy.strip(), strategy.strip());
  }
}
