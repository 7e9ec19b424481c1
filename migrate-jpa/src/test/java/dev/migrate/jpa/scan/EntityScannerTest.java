package dev.migrate.jpa.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jpa.ModelLibs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {
  private static final String SHOP = "dev.migrate.jpa.fixtures.shop";

  @TempDir Path dir;

  @Test
  void findsEntitiesAndSupportingClassesInAClassDirectory() {
    ModelClasses found = EntityScanner.scan(List.of(ModelLibs.testClasses()), List.of(SHOP));

    assertThat(found.entities())
        .containsExactly(SHOP + ".Customer", SHOP + ".Product", SHOP + ".PurchaseOrder");
    assertThat(found.supporting())
        .containsExactly(SHOP + ".Address", SHOP + ".BaseEntity", SHOP + ".SkuConverter");
    assertThat(found.all()).startsWith(SHOP + ".Customer").endsWith(SHOP + ".SkuConverter");
  }

  @Test
  void findsTheSameInAJar() throws IOException {
    Path jar = jarOf(ModelLibs.testClasses(), "dev/migrate/jpa/fixtures/shop/");

    ModelClasses found = EntityScanner.scan(List.of(jar), List.of());

    assertThat(found)
        .isEqualTo(EntityScanner.scan(List.of(ModelLibs.testClasses()), List.of(SHOP)));
  }

  @Test
  void packagesLimitTheSearch() {
    ModelClasses found =
        EntityScanner.scan(
            List.of(ModelLibs.testClasses()), List.of("dev.migrate.jpa.fixtures.validated"));
    assertThat(found.entities()).containsExactly("dev.migrate.jpa.fixtures.validated.Member");
    assertThat(EntityScanner.scan(List.of(ModelLibs.testClasses()), List.of("no.such")).entities())
        .isEmpty();
  }

  @Test
  void hibernatesOwnEntitiesAreNotTheModel() {
    // 7.4's jar holds the audit feature's changelog entities.
    Path hibernate = ModelLibs.locationOf("org.hibernate.Version");
    assertThat(EntityScanner.scan(List.of(hibernate), List.of()).all()).isEmpty();
  }

  @Test
  void aBrokenClassFileIsNamed() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("x"));
    Files.write(classes.resolve("x/Broken.class"), new byte[] {1, 2, 3, 4});

    assertThatThrownBy(() -> EntityScanner.scan(List.of(classes), List.of()))
        .hasMessageContaining("Broken.class")
        .hasMessageContaining("not a readable class file");
  }

  @Test
  void classFilesWithoutPersistenceAnnotationsAreSkippedFromTheConstantPool() throws IOException {
    byte[] plain =
        Files.readAllBytes(ModelLibs.testClasses().resolve("dev/migrate/jpa/ModelLibs.class"));
    byte[] entity =
        Files.readAllBytes(
            ModelLibs.testClasses().resolve("dev/migrate/jpa/fixtures/shop/Customer.class"));

    assertThat(ClassFileAnnotations.read(plain)).isEmpty();
    assertThat(ClassFileAnnotations.read(entity).orElseThrow().annotations())
        .containsExactly("jakarta.persistence.Entity", "jakarta.persistence.Table");
  }

  private Path jarOf(Path root, String prefix) throws IOException {
    Path jar = dir.resolve("entities.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        var files = Files.walk(root.resolve(prefix))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }
}
