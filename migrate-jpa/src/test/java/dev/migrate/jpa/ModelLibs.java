package dev.migrate.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Class paths as a project would hand them to the model: the test entities' classes, plus jar
 * folders that the build copies under target/model-libs/ (other Hibernate versions, a validator).
 */
public final class ModelLibs {
  private ModelLibs() {}

  /** The compiled test classes, where the fixture entities live. */
  public static Path testClasses() {
    try {
      return Path.of(ModelLibs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jars of one folder under target/model-libs/ ({@code hibernate-6.6}, {@code validator}). */
  public static List<Path> jars(String folder) {
    Path dir =
        Path.of(System.getProperty("migrate.jpa.modelLibs", "target/model-libs")).resolve(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("run the build's generate-test-resources phase first", e);
    }
  }

  /** The test classes, then the jars of these folders. */
  public static List<Path> classpath(String... folders) {
    List<Path> entries = new ArrayList<>();
    entries.add(testClasses());
    for (String folder : folders) {
      entries.addAll(jars(folder));
    }
    return entries;
  }

  /** The jar (or folder) a class of the test's own class path comes from. */
  public static Path locationOf(String className) {
    try {
      return Path.of(
          Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
