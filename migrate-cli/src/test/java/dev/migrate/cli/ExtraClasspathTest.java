package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraClasspathTest {
  @TempDir Path dir;

  @Test
  void driverOnlyOnTheExtraClasspathIsFoundByDriverManager() throws Exception {
    Path classes = CompiledFixtures.fakeDriver(dir);
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:fake:mem:before"))
        .isInstanceOf(SQLException.class);

    ClassLoader loader = ExtraClasspath.create("classes", dir, getClass().getClassLoader());

    assertThat(loader.loadClass("fake.FakeDriver").getClassLoader()).isSameAs(loader);
    try (Connection connection = DriverManager.getConnection("jdbc:fake:mem:shim");
        ResultSet rows = connection.createStatement().executeQuery("SELECT 40 + 2")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(42);
    }
    assertThat(classes).isDirectory();
  }

  @Test
  void noEntriesMeansTheParentLoader() {
    ClassLoader parent = getClass().getClassLoader();
    assertThat(ExtraClasspath.create(null, dir, parent)).isSameAs(parent);
    assertThat(ExtraClasspath.create(" , ", dir, parent)).isSameAs(parent);
  }

  @Test
  void starExpandsToTheJarsOfADirectory() throws IOException {
    Path libs = Files.createDirectories(dir.resolve("libs"));
    Files.createFile(libs.resolve("a.jar"));
    Files.createFile(libs.resolve("b.jar"));
    Files.createFile(libs.resolve("notes.txt"));
    Files.createDirectories(dir.resolve("classes"));
    List<URL> urls = ExtraClasspath.urls("libs/*:classes", dir);
    assertThat(urls)
        .extracting(URL::getPath)
        .map(path -> path.substring(path.lastIndexOf('/', path.length() - 2) + 1))
        .containsExactlyInAnyOrder("a.jar", "b.jar", "classes/");
  }

  @Test
  void missingEntryIsBadUsageNamingIt() {
    assertThatThrownBy(() -> ExtraClasspath.urls("lib/missing-driver.jar", dir))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("lib/missing-driver.jar");
  }
}
