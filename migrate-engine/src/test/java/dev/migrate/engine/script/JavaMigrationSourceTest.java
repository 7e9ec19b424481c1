package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.migration.fixtures.EveryOperationMigration;
import dev.migrate.engine.sql.Statement;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaMigrationSourceTest {
  @TempDir Path tmp;

  @Test
  void findsAnnotatedClassesInDirectoriesWithTheirMetadataAndChecksum() throws Exception {
    List<Migration> found =
        new MigrationLoader(List.of(new JavaMigrationSource()))
            .load(
                List.of("classpath:dev/migrate/engine/migration/fixtures/"),
                getClass().getClassLoader(),
                null);

    assertThat(found).hasSize(1);
    Migration m = found.get(0);
    assertThat(m.revision().id()).isEqualTo("e0e0e0e0e0e0");
    assertThat(m.revision().downRevisions()).isEmpty();
    assertThat(m.revision().branchLabels()).containsExactly("ops");
    assertThat(m.revision().message()).isEqualTo("every operation");
    assertThat(m.revision().source()).isEqualTo(EveryOperationMigration.class.getName());
    assertThat(m.transactional()).isFalse();
    assertThat(m.hasDowngrade()).isTrue();
    byte[] classFile =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                EveryOperationMigration.class.getName().replace('.', '/') + ".class")
            .readAllBytes();
    assertThat(m.checksum())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(classFile)));
  }

  @Test
  void findsClassesInsideJarsAndRendersThemOffline() throws Exception {
    Path jar =
        jar(
            Map.of(
                "jarmig.sub.AddThings",
                """
                package jarmig.sub;
                import dev.migrate.engine.migration.*;
                @RevisionInfo(revision = "j1", downRevision = {"a", "b"}, dependsOn = "core",
                    message = "add things")
                public class AddThings implements JavaMigration {
                  public void upgrade(Operations op) {
                    op.createTable("things", Column.of("id", ColumnType.integer()).primaryKey());
                  }
                }
                """,
                "jarmig.Helper",
                "package jarmig; public class Helper { static Runnable r = new Runnable() {"
                    + " public void run() {} }; }"));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      List<Migration> found =
          new JavaMigrationSource().load(Location.parse("classpath:jarmig", null), loader);

      assertThat(found).hasSize(1);
      Migration m = found.get(0);
      assertThat(m.revision().id()).isEqualTo("j1");
      assertThat(m.revision().downRevisions()).containsExactly("a", "b");
      assertThat(m.revision().dependsOn()).containsExactly("core");
      assertThat(m.transactional()).isTrue();
      assertThat(m.hasDowngrade()).isFalse();

      List<Statement> out = new ArrayList<>();
      m.upgrade(new MigrationContext(h2(), out::add, Optional.empty()));
      assertThat(out)
          .extracting(Statement::sql)
          .containsExactly(
              "CREATE TABLE \"THINGS\" (\n  \"ID\" INTEGER NOT NULL,\n  PRIMARY KEY (\"ID\")\n)");
      assertThatThrownBy(() -> m.downgrade(new MigrationContext(h2(), out::add, Optional.empty())))
          .isInstanceOf(MigrateException.class)
          .hasMessageContaining("j1")
          .hasMessageContaining("has no downgrade");
    }
  }

  @Test
  void findsClassesInADirectoryThatTheLoadersResourceLookupHides() throws Exception {
    Path resources = Files.createDirectories(tmp.resolve("resources/db/shadow"));
    Files.writeString(resources.resolve("README.txt"), "scripts would live here");
    Path classes = tmp.resolve("classes");
    compile(
        Map.of(
            "db.shadow.Hidden",
            "package db.shadow; @dev.migrate.engine.migration.RevisionInfo(revision = \"h1\")"
                + " public class Hidden implements dev.migrate.engine.migration.JavaMigration {"
                + " public void upgrade(dev.migrate.engine.migration.Operations op) {} }"),
        classes);
    URL resourcesRoot = tmp.resolve("resources").toUri().toURL();
    URL classesRoot = classes.toUri().toURL();
    // Like the Maven plugin's loader: resources shadow the output directory for lookups.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {resourcesRoot, classesRoot}, getClass().getClassLoader()) {
          @Override
          public java.util.Enumeration<URL> findResources(String name) throws IOException {
            List<URL> found = java.util.Collections.list(super.findResources(name));
            found.removeIf(u -> u.toExternalForm().startsWith(classesRoot.toExternalForm()));
            return java.util.Collections.enumeration(found);
          }
        }) {
      assertThat(Collections.list(loader.getResources("db/shadow"))).hasSize(1);
      assertThat(
              new JavaMigrationSource().load(Location.parse("classpath:db/shadow", null), loader))
          .extracting(m -> m.revision().id())
          .containsExactly("h1");
    }
  }

  @Test
  void aMigrationWithoutMetadataOrMetadataWithoutMigrationIsAnError() throws Exception {
    Path noInfo =
        jar(
            Map.of(
                "bad1.NoInfo",
                "package bad1; public class NoInfo implements"
                    + " dev.migrate.engine.migration.JavaMigration {"
                    + " public void upgrade(dev.migrate.engine.migration.Operations op) {} }"));
    Path notAMigration =
        jar(
            Map.of(
                "bad2.NotAMigration",
                "package bad2; @dev.migrate.engine.migration.RevisionInfo(revision = \"x1\")"
                    + " public class NotAMigration {}"));
    Path badId =
        jar(
            Map.of(
                "bad3.BadId",
                "package bad3; @dev.migrate.engine.migration.RevisionInfo(revision = \"a-b\")"
                    + " public class BadId implements dev.migrate.engine.migration.JavaMigration {"
                    + " public void upgrade(dev.migrate.engine.migration.Operations op) {} }"));
    assertThatThrownBy(() -> load(noInfo, "classpath:bad1"))
        .hasMessageContaining("bad1.NoInfo implements JavaMigration but has no @RevisionInfo");
    assertThatThrownBy(() -> load(notAMigration, "classpath:bad2"))
        .hasMessageContaining("bad2.NotAMigration has @RevisionInfo but does not implement");
    assertThatThrownBy(() -> load(badId, "classpath:bad3"))
        .hasMessageContaining("bad3.BadId: revision 'a-b'");
  }

  @Test
  void aFailingMigrationNamesItsRevisionAndClass() throws Exception {
    Path jar =
        jar(
            Map.of(
                "boom.Boom",
                """
                package boom;
                import dev.migrate.engine.migration.*;
                @RevisionInfo(revision = "b00m")
                public class Boom implements JavaMigration {
                  public void upgrade(Operations op) { throw new IllegalStateException("kaput"); }
                }
                """));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      Migration m =
          new JavaMigrationSource().load(Location.parse("classpath:boom", null), loader).get(0);
      assertThatThrownBy(() -> m.upgrade(new MigrationContext(h2(), s -> {}, Optional.empty())))
          .isInstanceOf(MigrateException.class)
          .hasMessage("IllegalStateException: kaput (at boom.Boom.upgrade(Boom.java:5))");
    }
  }

  private List<Migration> load(Path jar, String location) throws IOException {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      return new JavaMigrationSource().load(Location.parse(location, null), loader);
    }
  }

  /** Compiles the sources against the test class path and packs the classes into a jar. */
  private Path jar(Map<String, String> sources) throws IOException {
    Path classes = Files.createTempDirectory(tmp, "classes");
    compile(sources, classes);
    Path jar = Files.createTempFile(tmp, "migrations", ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      // Directory entries too, as the jar plugin writes them: class loaders find packages by them.
      for (Path f : files.filter(f -> !f.equals(classes)).toList()) {
        String name = classes.relativize(f).toString().replace('\\', '/');
        out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
        if (Files.isRegularFile(f)) {
          copy(f, out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void copy(Path file, OutputStream out) throws IOException {
    out.write(Files.readAllBytes(file));
  }

  private static Dialect h2() {
    return Databases.forName("h2");
  }

  private void compile(Map<String, String> sources, Path classes) throws IOException {
    Path src = Files.createTempDirectory(tmp, "src");
    Files.createDirectories(classes);
    List<String> args =
        new ArrayList<>(
            List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    int rc =
        ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    assertThat(rc).isZero();
  }
}
