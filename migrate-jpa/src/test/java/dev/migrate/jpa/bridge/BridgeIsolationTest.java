package dev.migrate.jpa.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.jpa.scan.ClassFileAnnotations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bridge is defined anew inside each model loader, which sees the JDK, the project and its
 * Hibernate but no migrate class: so its classes may refer to nothing else.
 */
class BridgeIsolationTest {

  @Test
  void bridgeClassesReferOnlyToTheJdkHibernateAndEachOther()
      throws IOException, URISyntaxException {
    Path bridge =
        Path.of(SchemaScript.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/migrate/jpa/bridge");
    List<Path> classes;
    try (Stream<Path> files = Files.list(bridge)) {
      classes = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertThat(classes).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : classes) {
      for (String referenced : ClassFileAnnotations.referencedClasses(Files.readAllBytes(file))) {
        String name = referenced.replaceFirst("^\\[+L?", "");
        assertThat(name)
            .as("%s refers to %s", file.getFileName(), name)
            .matches(
                "(java/|jakarta/|org/hibernate/|org/jboss/logging/|dev/migrate/jpa/bridge/|\\[).*");
      }
    }
  }
}
