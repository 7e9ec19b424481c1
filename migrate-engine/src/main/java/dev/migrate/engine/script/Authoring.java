package dev.migrate.engine.script;

import dev.migrate.engine.common.OptionSpelling;
import dev.migrate.engine.graph.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code revision} and {@code merge} over a configuration: reads the existing revisions, picks the
 * directory and templates, and hands over to the {@link RevisionWriter}.
 *
 * <p>Existing revisions come from the configured locations plus the target directory itself, so
 * that a {@code classpath:} location whose build output is stale (no {@code process-resources}
 * since the last {@code revision}) still sees the script just written; a revision found in both
 * counts once, the target directory's copy winning.
 */
public final class Authoring {
  /** A project's own script template, used when {@code scriptTemplate} is not set. */
  public static final String CONVENTIONAL_TEMPLATE = "src/main/migrate/script.sql.template";

  /**
   * The settings authoring reads (a slice of the engine's configuration, so that this package does
   * not depend on the facade).
   *
   * @param locations configured locations ({@code classpath:...}, {@code filesystem:...})
   * @param classLoader resolves classpath locations and Java migrations
   * @param baseDirectory resolves relative paths
   * @param versionPath where new scripts go; null for the first filesystem location
   * @param fileTemplate file name template for new scripts
   * @param scriptTemplate the project's script template, or null for the conventional or built-in
   * @param spelling how the front end's users write {@code head} and {@code splice} in hints
   */
  public record Settings(
      List<String> locations,
      ClassLoader classLoader,
      Path baseDirectory,
      Path versionPath,
      String fileTemplate,
      Path scriptTemplate,
      OptionSpelling spelling) {
    public Settings {
      locations = List.copyOf(locations);
      spelling = spelling == null ? OptionSpelling.API : spelling;
    }
  }

  private final Settings config;
  private final Clock clock;

  private Authoring(Settings config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Authoring over the given settings with the system clock. */
  public static Authoring of(Settings settings) {
    return new Authoring(settings, Clock.systemDefaultZone());
  }

  /** For tests: a fixed clock. */
  static Authoring of(Settings settings, Clock clock) {
    return new Authoring(settings, clock);
  }

  /**
   * Writes a new revision script into {@code versionPath} (null for the configured directory);
   * returns its path.
   */
  public Path revision(NewRevision spec, Path versionPath) {
    return revision(spec, versionPath, RevisionWriter.Bodies.EMPTY);
  }

  /** Writes a new revision whose sections hold these statements; returns its path. */
  public Path revision(NewRevision spec, Path versionPath, RevisionWriter.Bodies bodies) {
    return write(spec, versionPath, bodies).path();
  }

  /** As {@link #revision(NewRevision, Path, RevisionWriter.Bodies)}, with the revision written. */
  public RevisionWriter.Written write(
      NewRevision spec, Path versionPath, RevisionWriter.Bodies bodies) {
    Path directory = directory(versionPath);
    return writer().revision(existing(directory), spec, directory, bodies);
  }

  /**
   * Writes a merge revision over the given revisions ({@code heads} when empty); returns its path.
   */
  public Path merge(List<String> revisions, String message, String branchLabel, String revId) {
    Path directory = directory(null);
    return writer()
        .merge(existing(directory), revisions, message, branchLabel, revId, directory)
        .path();
  }

  /** The request's versionPath, else the configured one, else the first filesystem location. */
  Path directory(Path requested) {
    Path chosen = requested != null ? requested : config.versionPath();
    if (chosen != null) {
      return config.baseDirectory().resolve(chosen).toAbsolutePath().normalize();
    }
    for (String raw : config.locations()) {
      Location location = Location.parse(raw, config.baseDirectory());
      if (location.kind() == Location.Kind.FILESYSTEM) {
        return location.directory();
      }
    }
    throw new RevisionWriteException(
        "No directory to write the new revision to: set versionPath, or add a filesystem:"
            + " location (locations are "
            + config.locations()
            + ")");
  }

  private List<Revision> existing(Path directory) {
    MigrationLoader loader = MigrationLoader.standard();
    List<Location> locations =
        config.locations().stream()
            .map(raw -> Location.parse(raw, config.baseDirectory()))
            .toList();
    Map<String, Revision> byId = new LinkedHashMap<>();
    if (locations.stream().noneMatch(l -> directory.equals(l.directory()))) {
      Location target = new Location(Location.Kind.FILESYSTEM, directory.toString(), directory);
      for (Migration m : loader.loadIfPresent(target, config.classLoader())) {
        byId.putIfAbsent(m.revision().id(), m.revision());
      }
    }
    List<Revision> all = new ArrayList<>();
    for (Location location : locations) {
      for (Migration m : loader.loadIfPresent(location, config.classLoader())) {
        Revision own = byId.remove(m.revision().id());
        all.add(own != null ? own : m.revision());
      }
    }
    all.addAll(byId.values());
    return all;
  }

  private RevisionWriter writer() {
    return new RevisionWriter(
        new FileNameTemplate(config.fileTemplate()),
        ScriptTemplate.loadOrBuiltIn(scriptTemplate()),
        clock,
        new SecureRandom(),
        config.spelling());
  }

  private Path scriptTemplate() {
    if (config.scriptTemplate() != null) {
      return config.baseDirectory().resolve(config.scriptTemplate());
    }
    Path conventional = config.baseDirectory().resolve(CONVENTIONAL_TEMPLATE);
    return Files.isRegularFile(conventional) ? conventional : null;
  }
}
