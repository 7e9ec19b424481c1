package dev.migrate.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The {@code --classpath} entries (directories, jars, {@code dir/*} for every jar in a directory)
 * as a class loader for Java migrations, {@code classpath:} locations and extra JDBC drivers.
 *
 * <p>{@link DriverManager} hands out only drivers whose class its caller's loader can see, so a
 * driver from a child loader would never be found; each such driver is registered through a {@link
 * DriverShim} whose class lives in this jar.
 */
final class ExtraClasspath {
  private ExtraClasspath() {}

  /**
   * A loader over the entries with {@code parent} as parent; the parent itself when there are none.
   *
   * @throws UsageException naming an entry that does not exist
   */
  static ClassLoader create(String pathList, Path workingDirectory, ClassLoader parent) {
    List<URL> urls = urls(pathList, workingDirectory);
    if (urls.isEmpty()) {
      return parent;
    }
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), parent);
    registerDrivers(loader);
    return loader;
  }

  static List<URL> urls(String pathList, Path workingDirectory) {
    List<URL> urls = new ArrayList<>();
    if (pathList == null) {
      return urls;
    }
    for (String entry : pathList.split("[,\\" + File.pathSeparator + "]")) {
      if (entry.isBlank()) {
        continue;
      }
      String trimmed = entry.trim();
      if (trimmed.endsWith("*")) {
        Path directory = workingDirectory.resolve(trimmed.substring(0, trimmed.length() - 1));
        requireExists(directory, trimmed);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, "*.{jar,JAR}")) {
          for (Path jar : jars) {
            urls.add(url(jar));
          }
        } catch (IOException e) {
          throw new UsageException("Cannot list class path entry " + trimmed + ": " + e);
        }
      } else {
        Path path = workingDirectory.resolve(trimmed);
        requireExists(path, trimmed);
        urls.add(url(path));
      }
    }
    return urls;
  }

  private static void requireExists(Path path, String entry) {
    if (!Files.exists(path)) {
      throw new UsageException("Class path entry not found: " + entry + " (" + path + ")");
    }
  }

  private static URL url(Path path) {
    try {
      return path.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UsageException("Bad class path entry " + path + ": " + e.getMessage());
    }
  }

  /** Registers the drivers that only the child loader provides (not the ones shaded in here). */
  private static void registerDrivers(URLClassLoader loader) {
    ServiceLoader.load(Driver.class, loader).stream()
        .filter(provider -> provider.type().getClassLoader() == loader)
        .forEach(
            provider -> {
              try {
                DriverManager.registerDriver(new DriverShim(provider.get()));
              } catch (SQLException e) {
                throw new IllegalStateException("Cannot register " + provider.type(), e);
              }
            });
  }
}
