package dev.migrate.jpa.naming;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The major version of the Spring Boot on a class path, read from its jar without loading it. */
final class SpringBootVersion {
  private static final String MARKER = "org/springframework/boot/SpringBootVersion.class";
  private static final Pattern JAR_NAME = Pattern.compile("spring-boot-(\\d+)\\.[^/\\\\]*\\.jar$");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)\\.");

  private SpringBootVersion() {}

  /** The major version, or empty when Spring Boot is not on the class path. */
  static OptionalInt major(ClasspathResources classpath) {
    return classpath
        .jarHolding(MARKER)
        .map(
            jar -> {
              Optional<String> version =
                  jar.manifest()
                      .map(
                          m ->
                              m.getMainAttributes()
                                  .getValue(Attributes.Name.IMPLEMENTATION_VERSION));
              Matcher byManifest = LEADING_NUMBER.matcher(version.orElse(""));
              if (byManifest.find()) {
                return OptionalInt.of(Integer.parseInt(byManifest.group(1)));
              }
              Matcher byName = JAR_NAME.matcher(jar.jar().getFileName().toString());
              return byName.find()
                  ? OptionalInt.of(Integer.parseInt(byName.group(1)))
                  : OptionalInt.empty();
            })
        .orElse(OptionalInt.empty());
  }
}
