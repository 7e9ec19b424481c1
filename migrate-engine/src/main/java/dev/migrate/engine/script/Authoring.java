package dev.migrate.engine.script;

import dev.migrate.engine.MigrateConfig;
import dev.migrate.engine.RevisionRequest;
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

  private final MigrateConfig config;
  private final Clock clock;

  private Authoring(MigrateConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public static Authoring of(MigrateConfig config) {
    return new Authoring(config, Clock.systemDefaultZone());
  }

  /** For tests: a fixed clock. */
  static Authoring of(MigrateConfig config, Clock clock) {
    return new Authoring(config, clock);
  }

  /** Writes a new revision script; returns its path. */
  public Path revision(RevisionRequest request) {
    Path directory = directory(request.versionPath());
    NewRevision spec =
        new NewRevision(
            request.message(),
            request.head(),
            request.splice(),
            request.branchLabel(),
            request.dependsOn(),
            request.revId());
    return writer().revision(existing(directory), spec, directory).path();
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
        new SecureRandom());
  }

  private Path scriptTemplate() {
    if (config.scriptTemplate() != null) {
      return config.baseDirectory().resolve(config.scriptTemplate());
    }
    Path conventional = config.baseDirectory().resolve(CONVENTIONAL_TEMPLATE);
    return Files.isRegularFile(conventional) ? conventional : null;
  }
}
