package dev.migrate.engine.script;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where migrations live: {@code classpath:db/migrations} (resources under that path in every root
 * of a class loader: directories and jars alike) or {@code filesystem:dir} (a directory, relative
 * to the project's base directory unless absolute). A location without a prefix is a classpath
 * location.
 *
 * @param kind classpath or filesystem
 * @param path the classpath resource path without leading or trailing {@code /}, or the filesystem
 *     path as written
 * @param directory the resolved absolute directory for a filesystem location; null for classpath
 * @param baseDirectory for a classpath location, the project's directory: a script found in a
 *     directory below it (a build's {@code src/main/resources}) is named by its path there, the
 *     file to edit, rather than {@code classpath:...}; null to name every script {@code
 *     classpath:...}
 */
public record Location(Kind kind, String path, Path directory, Path baseDirectory) {
  public static final String CLASSPATH_PREFIX = "classpath:";
  public static final String FILESYSTEM_PREFIX = "filesystem:";

  /** The two kinds of location. */
  public enum Kind {
    CLASSPATH,
    FILESYSTEM
  }

  public Location {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
  }

  /** A location whose classpath scripts are all named {@code classpath:...}. */
  public Location(Kind kind, String path, Path directory) {
    this(kind, path, directory, null);
  }

  /**
   * Parses a configured location.
   *
   * @param baseDirectory resolves relative filesystem locations, and names the classpath scripts
   *     found below it by their path there
   * @throws LocationException for an unknown prefix or an empty path
   */
  public static Location parse(String location, Path baseDirectory) {
    String raw = location == null ? "" : location.strip();
    if (raw.startsWith(FILESYSTEM_PREFIX)) {
      String path = raw.substring(FILESYSTEM_PREFIX.length()).strip();
      if (path.isEmpty()) {
        throw new LocationException(raw, "Location '" + raw + "' names no directory");
      }
      try {
        Path dir = Path.of(path);
        Path base = baseDirectory == null ? Path.of("") : baseDirectory;
        return new Location(Kind.FILESYSTEM, path, base.resolve(dir).toAbsolutePath().normalize());
      } catch (InvalidPathException e) {
        throw new LocationException(
            raw, "Location '" + raw + "' is not a valid path: " + e.getMessage(), e);
      }
    }
    String path = raw.startsWith(CLASSPATH_PREFIX) ? raw.substring(CLASSPATH_PREFIX.length()) : raw;
    if (!raw.startsWith(CLASSPATH_PREFIX) && path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      throw new LocationException(
          raw,
          "Location '"
              + raw
              + "' has an unknown prefix; use classpath:<resource path> or filesystem:<directory>");
    }
    path = path.strip().replace('\\', '/');
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      throw new LocationException(
          raw, "Location '" + raw + "' names no resource path, e.g. classpath:db/migrations");
    }
    Path base = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    return new Location(Kind.CLASSPATH, path, null, base);
  }

  /** For messages: the location as written, plus the resolved directory for filesystem ones. */
  public String describe() {
    return kind == Kind.FILESYSTEM && !Path.of(path).isAbsolute()
        ? this + " (" + directory + ")"
        : toString();
  }

  @Override
  public String toString() {
    return (kind == Kind.CLASSPATH ? CLASSPATH_PREFIX : FILESYSTEM_PREFIX) + path;
  }
}
