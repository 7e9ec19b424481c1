package dev.migrate.jpa.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which strategies a model gets, from a class path that only looks like a Spring Boot project's.
 */
class NamingStrategiesTest {
  @TempDir Path dir;

  @Test
  void plainHibernateWithoutSpringBoot() throws IOException {
    NamingStrategies naming = resolve(List.of(classes()), NamingConvention.DETECT, 7);
    assertThat(naming.physical()).isEmpty();
    assertThat(naming.implicit()).isEmpty();
    assertThat(naming.origin()).isEqualTo("Hibernate naming");
  }

  @Test
  void springBoot3DefaultsAreDetectedFromItsJar() throws IOException {
    NamingStrategies naming =
        resolve(
            List.of(classes(), bootJar("spring-boot-3.5.4.jar", "3.5.4")),
            NamingConvention.DETECT,
            6);
    assertThat(naming.physical()).contains(NamingStrategies.CAMEL_CASE);
    assertThat(naming.implicit()).contains(NamingStrategies.SPRING_IMPLICIT);
    assertThat(naming.origin()).isEqualTo("Spring Boot 3 naming");
  }

  @Test
  void springBoot4UsesHibernatesSnakeCaseStrategy() throws IOException {
    // No manifest version: the jar's name tells.
    NamingStrategies naming =
        resolve(
            List.of(classes(), bootJar("spring-boot-4.0.7.jar", null)), NamingConvention.DETECT, 7);
    assertThat(naming.physical()).contains(NamingStrategies.SNAKE_CASE);
    assertThat(naming.origin()).isEqualTo("Spring Boot 4 naming");
  }

  @Test
  void theProjectsApplicationPropertiesWinOverBootsDefaults() throws IOException {
    Path classes = classes();
    Files.writeString(
        classes.resolve("application.properties"),
        "spring.jpa.hibernate.naming.physical-strategy="
            + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n"
            + "spring.jpa.hibernate.naming.implicit-strategy="
            + "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy\n");

    NamingStrategies naming = resolve(List.of(classes), NamingConvention.SPRING_BOOT_3, 7);

    assertThat(naming.physical())
        .contains("org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
    // Spring's own class is replaced by its Spring-free equivalent.
    assertThat(naming.implicit()).contains(NamingStrategies.SPRING_IMPLICIT);
    assertThat(naming.origin()).isEqualTo("Spring Boot 3 naming as application properties set it");
  }

  @Test
  void yamlWithRelaxedKeysIsRead() throws IOException {
    Path classes = classes();
    Files.writeString(
        classes.resolve("application.yml"),
        """
        # the application's settings
        spring:
          datasource:
            url: jdbc:postgresql://db/app
          jpa:
            hibernate:
              naming:
                physicalStrategy: "com.example.MyPhysical"   # ours
        ---
        spring:
          jpa:
            hibernate:
              naming:
                physical-strategy: com.example.OnlyInAProfile
        """);

    NamingStrategies naming = resolve(List.of(classes), NamingConvention.SPRING_BOOT_4, 7);

    assertThat(naming.physical()).contains("com.example.MyPhysical");
    assertThat(naming.implicit()).contains(NamingStrategies.SPRING_IMPLICIT);
  }

  @Test
  void anExplicitStrategyOverridesBoth() throws IOException {
    Path classes = classes();
    Files.writeString(
        classes.resolve("application.properties"),
        "spring.jpa.hibernate.naming.physical-strategy=com.example.FromProperties\n");

    NamingStrategies naming =
        NamingStrategies.resolve(
            List.of(classes, bootJar("spring-boot-3.2.0.jar", "3.2.0")),
            NamingConvention.DETECT,
            Optional.of("com.example.Explicit"),
            Optional.empty(),
            7);

    assertThat(naming.physical()).contains("com.example.Explicit");
  }

  @Test
  void theHibernateConventionIgnoresBoot() throws IOException {
    NamingStrategies naming =
        resolve(
            List.of(classes(), bootJar("spring-boot-3.5.4.jar", "3.5.4")),
            NamingConvention.HIBERNATE,
            7);
    assertThat(naming.physical()).isEmpty();
    assertThat(naming.implicit()).isEmpty();
  }

  private static NamingStrategies resolve(
      List<Path> classpath, NamingConvention convention, int hibernate) {
    return NamingStrategies.resolve(
        classpath, convention, Optional.empty(), Optional.empty(), hibernate);
  }

  private Path classes() throws IOException {
    return Files.createDirectories(dir.resolve("classes"));
  }

  // A jar that holds Spring Boot's marker class (empty: it is never loaded).
  private Path bootJar(String name, String version) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (version != null) {
      manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    }
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("org/springframework/boot/SpringBootVersion.class"));
      out.closeEntry();
    }
    return jar;
  }
}
