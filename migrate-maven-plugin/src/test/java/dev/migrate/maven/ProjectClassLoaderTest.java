package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassLoaderTest {
  @TempDir Path project;

  @Test
  void resourcesShadowTheOutputDirectoryButJarsStillCount() throws Exception {
    Path resources = write("src/main/resources/db/migrations/a.sql");
    Path classes = write("target/classes/db/migrations/a.sql");
    Path jar = project.resolve("lib/schema.jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      jarOut.putNextEntry(new JarEntry("db/migrations/"));
      jarOut.putNextEntry(new JarEntry("db/migrations/b.sql"));
      jarOut.write("-- revision: b".getBytes());
    }

    try (ProjectClassLoader loader =
        ProjectClassLoader.create(
            List.of(project.resolve("src/main/resources")),
            project.resolve("target/classes"),
            List.of(project.resolve("target/classes").toString(), jar.toString()),
            ClassLoader.getPlatformClassLoader())) {
      List<URL> found = Collections.list(loader.getResources("db/migrations"));

      assertThat(found).hasSize(2);
      assertThat(found.get(0).toString())
          .startsWith(resources.getParent().getParent().toUri().toURL().toString());
      assertThat(found.get(1).toString()).startsWith("jar:").endsWith("schema.jar!/db/migrations");
      assertThat(loader.getResource("db/migrations/b.sql")).isNotNull();
      assertThat(classes).exists();
    }
  }

  @Test
  void outputDirectoryIsUsedWhenResourcesDoNotHaveTheLocation() throws Exception {
    write("target/classes/db/migrations/a.sql");

    try (ProjectClassLoader loader =
        ProjectClassLoader.create(
            List.of(project.resolve("src/main/resources")),
            project.resolve("target/classes"),
            List.of(),
            ClassLoader.getPlatformClassLoader())) {
      assertThat(Collections.list(loader.getResources("db/migrations"))).hasSize(1);
      assertThat(loader.getResource("db/migrations/a.sql")).isNotNull();
    }
  }

  @Test
  void anOutputDirectoryThatDoesNotExistYetIsStillADirectoryEntry() throws Exception {
    Path classes = project.resolve("target/classes");
    try (ProjectClassLoader loader =
        ProjectClassLoader.create(List.of(), classes, List.of(), null)) {
      assertThat(loader.getURLs()[0].toString()).endsWith("/target/classes/");
    }
  }

  private Path write(String relative) throws Exception {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "-- revision: a\n");
    return file;
  }
}
