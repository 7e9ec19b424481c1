package dev.migrate.engine.script;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every {@link MigrationSource} over every location and returns all migrations in load order:
 * locations in configured order; within a location, each source in turn (SQL scripts, then Java
 * migrations), each in its own order (for scripts, {@link ResourceScanner#LOAD_ORDER}). Load order
 * breaks ties in the revision graph, as Alembic's file order does.
 *
 * <p>A location that does not exist, or where no source finds anything, is an error naming it: a
 * misspelt location must not look like a project without migrations.
 */
public final class MigrationLoader {
  private final List<MigrationSource> sources;

  public MigrationLoader(List<MigrationSource> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("at least one migration source is required");
    }
    this.sources = List.copyOf(sources);
  }

  /** The sources every command uses. A new kind of migration is one more entry here. */
  public static MigrationLoader standard() {
    return standard(HeaderCache.none());
  }

  /** The standard sources, SQL scripts remembered in {@code cache} between runs. */
  public static MigrationLoader standard(HeaderCache cache) {
    return new MigrationLoader(List.of(new SqlMigrationSource(cache), new JavaMigrationSource()));
  }

  /** Loads the migrations of the given locations with the standard sources. */
  public static List<Migration> loadAll(
      List<String> locations, ClassLoader classLoader, Path baseDirectory) {
    return standard().load(locations, classLoader, baseDirectory);
  }

  /**
   * The migrations of every location, in load order; the same location listed twice loads once.
   *
   * @param locations as configured ({@code classpath:...}, {@code filesystem:...})
   * @param classLoader resolves classpath locations
   * @param baseDirectory resolves relative filesystem locations
   */
  public List<Migration> load(List<String> locations, ClassLoader classLoader, Path baseDirectory) {
    Set<Object> seen = new HashSet<>();
    List<Migration> all = new ArrayList<>();
    for (String raw : locations) {
      Location location = Location.parse(raw, baseDirectory);
      Object key = location.directory() != null ? location.directory() : location.path();
      if (seen.add(key)) { // the same location twice (also spelt differently) loads once
        requireFoundWithoutPrefix(raw, location, classLoader, baseDirectory);
        all.addAll(load(location, classLoader));
      }
    }
    return all;
  }

  /**
   * A location written without a prefix is a classpath location, as in Flyway; one that is not on
   * the classpath was most likely meant as a directory, so the error says how to write that.
   */
  private static void requireFoundWithoutPrefix(
      String raw, Location location, ClassLoader classLoader, Path baseDirectory) {
    if (!prefixlessAndMissing(raw, location, classLoader)) {
      return;
    }
    String written = raw.strip();
    Path directory;
    try {
      directory =
          (baseDirectory == null ? Path.of("") : baseDirectory).resolve(written).toAbsolutePath();
    } catch (InvalidPathException e) {
      directory = null;
    }
    throw new LocationException(
        written,
        "Location "
            + written
            + " was not found on the classpath (a location without a prefix is a classpath"
            + " location); "
            + (directory != null && Files.isDirectory(directory)
                ? "the directory " + directory + " exists: write " + Location.FILESYSTEM_PREFIX
                : "for a directory, write " + Location.FILESYSTEM_PREFIX)
            + written);
  }

  /**
   * True for a location written without a prefix that is not on the classpath: most likely meant as
   * a directory, so never to be read as "no scripts yet".
   */
  public static boolean prefixlessAndMissing(
      String raw, Location location, ClassLoader classLoader) {
    return location.kind() == Location.Kind.CLASSPATH
        && !raw.strip().startsWith(Location.CLASSPATH_PREFIX)
        && !ResourceScanner.exists(location, classLoader);
  }

  /** The migrations at one location; an error when there are none. */
  public List<Migration> load(Location location, ClassLoader classLoader) {
    if (!ResourceScanner.exists(location, classLoader)) {
      throw new LocationException(
          location.toString(),
          location.kind() == Location.Kind.FILESYSTEM
              ? "Location " + location.describe() + " does not exist"
              : "Location " + location + " was not found on the classpath");
    }
    List<Migration> found = loadIfPresent(location, classLoader);
    if (found.isEmpty()) {
      throw new LocationException(
          location.toString(),
          "Location "
              + location.describe()
              + " holds no migrations (looked for "
              + String.join(", ", sources.stream().map(MigrationSource::describe).toList())
              + ")");
    }
    return found;
  }

  /**
   * The migrations at one location, none when it is missing or empty: {@code revision} writes the
   * first script into a directory that may not exist yet.
   */
  public List<Migration> loadIfPresent(Location location, ClassLoader classLoader) {
    List<Migration> found = new ArrayList<>();
    if (ResourceScanner.exists(location, classLoader)) {
      for (MigrationSource source : sources) {
        found.addAll(source.load(location, classLoader));
      }
    }
    return found;
  }
}
