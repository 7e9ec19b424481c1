package dev.migrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** Where {@code revision} and {@code merge} write new scripts in a Maven project. */
final class VersionPaths {
  private VersionPaths() {}

  /**
   * The configured directory; else the first {@code filesystem:} location (the engine's rule); else
   * the first {@code classpath:} location under the first resource directory, which is where a
   * Maven user keeps {@code classpath:db/migrations}.
   */
  static Path choose(File configured, List<String> locations, MavenProject project) {
    if (configured != null) {
      return configured.toPath();
    }
    Path basedir = project.getBasedir().toPath();
    for (String location : locations) {
      if (location.startsWith("filesystem:")) {
        return basedir.resolve(location.substring("filesystem:".length()));
      }
    }
    List<Resource> resources = project.getResources();
    for (String location : locations) {
      String path = location.startsWith("classpath:") ? location.substring(10) : null;
      if (path != null) {
        Path root =
            resources.isEmpty()
                ? basedir.resolve("src/main/resources")
                : basedir.resolve(resources.get(0).getDirectory());
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
      }
    }
    return null;
  }
}
