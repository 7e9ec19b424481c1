package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model on H2 with the bundled Hibernate: its content, and one clear error per bad input. */
class JpaModelTest {

  private static JpaModel model(String pkg, String... libs) {
    return JpaModel.builder()
        .classpath(ModelLibs.classpath(libs))
        .packages(List.of("dev.migrate.jpa.fixtures." + pkg))
        .build();
  }

  @Test
  void mapsEntitiesWithTheirSupportingClasses() {
    JpaModel model = model("shop");

    assertThat(model.classes().entities())
        .containsExactly(
            "dev.migrate.jpa.fixtures.shop.Customer",
            "dev.migrate.jpa.fixtures.shop.Product",
            "dev.migrate.jpa.fixtures.shop.PurchaseOrder");
    List<String> ddl = model.statements("h2");
    String all = String.join("\n", ddl).toLowerCase();
    // The mapped superclass's and the embeddable's columns, the auto-applied converter's column.
    assertThat(all).contains("createdat", "streetline", "sku varchar(255)");
    assertThat(ddl).noneMatch(s -> s.endsWith(";"));
    assertThat(ddl.get(0)).startsWith("create ");
  }

  @Test
  void aSpringBootProjectGetsBootsNamesAndItsOwnSettings(@TempDir Path dir) throws IOException {
    Path resources = Files.createDirectories(dir.resolve("resources"));
    Files.writeString(
        resources.resolve("application.yml"),
        "spring:\n  jpa:\n    hibernate:\n      naming:\n"
            + "        implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl\n");
    List<Path> classpath = new ArrayList<>(ModelLibs.classpath());
    classpath.add(resources);
    classpath.add(bootJar(dir, "3.4.1"));
    JpaModel model =
        JpaModel.builder()
            .classpath(classpath)
            .packages(List.of("dev.migrate.jpa.fixtures.shop"))
            .build();

    String ddl = String.join("\n", model.statements("h2"));

    // Boot 3's physical strategy; the project's legacy implicit one names the join table after the
    // entity names, where Boot's own would say purchase_order_ordered_products.
    assertThat(ddl).contains("create table purchase_order (", "first_name varchar(80) not null");
    assertThat(ddl).contains("create table purchase_order_product (");
    assertThat(model.description())
        .isEqualTo(
            "JPA entities (3 entities, Hibernate 7.4.16.Final bundled, Spring Boot 3 naming as"
                + " application properties set it)");
  }

  // A jar that holds Spring Boot's marker class (empty: it is never loaded).
  private static Path bootJar(Path dir, String version) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    Path jar = dir.resolve("spring-boot-" + version + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("org/springframework/boot/SpringBootVersion.class"));
      out.closeEntry();
    }
    return jar;
  }

  @Test
  void twoRunsGiveTheSameStatements() {
    JpaModel model = model("shop");
    assertThat(model.statements("postgresql")).isEqualTo(model.statements("postgresql"));
  }

  @Test
  void theDatabaseVersionReachesHibernate() {
    JpaModel older =
        JpaModel.builder()
            .classpath(ModelLibs.classpath())
            .packages(List.of("dev.migrate.jpa.fixtures.shop"))
            .databaseVersion("10.6")
            .build();
    JpaModel newer =
        JpaModel.builder()
            .classpath(ModelLibs.classpath())
            .packages(List.of("dev.migrate.jpa.fixtures.shop"))
            .databaseVersion("10.11")
            .build();
    // MariaDB has a native uuid type from 10.7 on, and Hibernate uses it only when told so.
    assertThat(String.join("\n", older.statements("mariadb"))).doesNotContain(" uuid");
    assertThat(String.join("\n", newer.statements("mariadb"))).contains(" uuid");
  }

  @Test
  void beanValidationCountsWhenTheValidatorIsOnTheClassPath() {
    String plain = String.join("\n", model("validated").statements("h2")).toLowerCase();
    String validated =
        String.join("\n", model("validated", "validator").statements("h2")).toLowerCase();

    assertThat(plain).contains("nickname varchar(255),");
    assertThat(validated).contains("nickname varchar(40) not null");
    assertThat(validated).contains("motto varchar(255)");
  }

  @Test
  void noEntitiesIsAnErrorNamingThePackages() {
    assertThatThrownBy(() -> model("empty").statements("h2"))
        .isInstanceOf(NoEntitiesException.class)
        .hasMessageContaining("No JPA entities")
        .hasMessageContaining("dev.migrate.jpa.fixtures.empty");
  }

  @Test
  void aMappingErrorCarriesHibernatesOwnMessage() {
    assertThatThrownBy(() -> model("broken").statements("h2"))
        .isInstanceOf(EntityMappingException.class)
        .hasMessageStartingWith("Hibernate 7.4")
        .hasMessageContaining("cannot map the JPA entities")
        .hasMessageContaining("Ledger")
        .satisfies(
            e -> assertThat(((EntityMappingException) e).hibernateMessage()).contains("ledger"));
  }

  @Test
  void aMissingClassIsNamed() {
    assertThatThrownBy(() -> model("missing").statements("h2"))
        .isInstanceOf(EntityClassNotLoadableException.class)
        .hasMessageContaining("class org.h2.api.Interval is not on the model's class path")
        .satisfies(
            e ->
                assertThat(((EntityClassNotLoadableException) e).missingClass())
                    .isEqualTo("org.h2.api.Interval"));
  }

  @Test
  void aDatabaseWithoutDialectIsRefused() {
    assertThatThrownBy(() -> model("shop").statements("sqlite"))
        .isInstanceOf(UnsupportedModelException.class)
        .hasMessageContaining("'sqlite'")
        .hasMessageContaining("postgresql");
  }

  @Test
  void aFrontEndsProjectLoaderGivesItsOwnEntries(@TempDir Path dir) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path jar = Files.createFile(dir.resolve("dep.jar"));
    try (URLClassLoader project =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL(), jar.toUri().toURL()},
            JpaModelTest.class.getClassLoader())) {
      assertThat(JpaModel.classpathOf(project)).containsExactly(classes, jar);
    }
    assertThat(JpaModel.classpathOf(ClassLoader.getPlatformClassLoader())).isEmpty();
  }

  @Test
  void settingsAreCheckedWhenGiven() {
    assertThatThrownBy(() -> JpaModel.builder().build().statements("h2"))
        .isInstanceOf(NoEntitiesException.class)
        .hasMessageContaining("found in 0 class-path entries");
    assertThatThrownBy(() -> JpaModel.builder().databaseVersion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'latest'");
  }
}
