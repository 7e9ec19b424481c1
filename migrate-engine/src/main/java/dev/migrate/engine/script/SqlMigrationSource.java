package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.script.HeaderCache.CachedScript;
import dev.migrate.engine.script.HeaderCache.CachedScripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Every {@code *.sql} file below a location is a revision; its header is parsed at load.
 *
 * <p>With a {@link HeaderCache}, a filesystem location's scripts are listed first, and a script
 * whose size, modification and change times and file key match what the cache remembers (and whose
 * times are not within {@link CachedScripts#RACY_MILLIS} of the run that stored it) is taken from
 * the cache without being opened; its sections are read when a command first needs them. Classpath
 * locations are read in full every time: their jars change as a whole, and a scan of them is cheap.
 */
public final class SqlMigrationSource implements MigrationSource {
  public static final String SUFFIX = ".sql";

  private final HeaderCache cache;
  private final LongSupplier clock;

  /** A source that reads and parses every script on every load. */
  public SqlMigrationSource() {
    this(HeaderCache.none());
  }

  public SqlMigrationSource(HeaderCache cache) {
    this(cache, System::currentTimeMillis);
  }

  /**
   * @param clock the wall-clock time in milliseconds; tests move it ahead to make freshly written
   *     scripts old enough for the cache to trust
   */
  SqlMigrationSource(HeaderCache cache, LongSupplier clock) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<Migration> load(Location location, ClassLoader classLoader) {
    if (location.kind() == Location.Kind.FILESYSTEM && cache != HeaderCache.none()) {
      return loadCached(location);
    }
    List<Migration> migrations = new ArrayList<>();
    for (ResourceScanner.Resource resource : ResourceScanner.scan(location, classLoader, SUFFIX)) {
      String file = resource.displayName();
      migrations.add(ScriptParser.parse(ScriptText.decode(resource.content(), file), file));
    }
    return migrations;
  }

  private List<Migration> loadCached(Location location) {
    // Taken before any file is listed or read: an edit after this moment in the same clock tick as
    // a file's modification time makes the entry racy for the next run (see RACY_MILLIS).
    long scannedAt = clock.getAsLong();
    List<ResourceScanner.ScriptFile> files = ResourceScanner.list(location, SUFFIX);
    CachedScripts known = cache.read(location.directory());
    Map<String, CachedScript> now = new HashMap<>(files.size() * 2);
    List<Migration> migrations = new ArrayList<>(files.size());
    boolean stale = files.size() != known.entries().size();
    for (ResourceScanner.ScriptFile file : files) {
      CachedScript entry = known.entries().get(file.relativePath());
      if (entry != null && stillValid(entry, file.stamp(), known.scannedAtMillis())) {
        migrations.add(fromCache(entry, file));
      } else {
        SqlMigration parsed = parse(file);
        entry = toEntry(parsed, file.stamp());
        migrations.add(parsed);
        stale = true;
      }
      now.put(file.relativePath(), entry);
    }
    if (stale) {
      cache.write(location.directory(), new CachedScripts(scannedAt, now));
    }
    return migrations;
  }

  /**
   * True when the file is as the entry recorded it, and its times are old enough that an edit in
   * the same clock tick as the recorded scan cannot hide behind them. The change time, where the
   * file system has one, cannot be set back: an edit followed by {@code touch -r}, or an unzip over
   * the file of a build with fixed timestamps, leaves size and modification time as they were but
   * not it.
   */
  static boolean stillValid(CachedScript entry, ResourceScanner.FileStamp stamp, long scannedAt) {
    return entry.size() == stamp.size()
        && entry.modifiedNanos() == stamp.modifiedNanos()
        && entry.changedNanos() == stamp.changedNanos()
        && entry.fileKey().equals(stamp.fileKey())
        && TimeUnit.NANOSECONDS.toMillis(Math.max(stamp.modifiedNanos(), stamp.changedNanos()))
                + CachedScripts.RACY_MILLIS
            < scannedAt;
  }

  private static SqlMigration parse(ResourceScanner.ScriptFile file) {
    return ScriptParser.parse(
        ScriptText.decode(read(file), file.displayName()), file.displayName());
  }

  private static byte[] read(ResourceScanner.ScriptFile file) {
    try {
      return file.read();
    } catch (IOException e) {
      throw new ScriptException(
          file.displayName(),
          0,
          "cannot be read: "
              + (e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e.getMessage()),
          e);
    }
  }

  private static SqlMigration fromCache(CachedScript entry, ResourceScanner.ScriptFile file) {
    Revision revision =
        new Revision(
            entry.id(),
            entry.downRevisions(),
            entry.branchLabels(),
            entry.dependsOn(),
            entry.message(),
            file.displayName());
    return SqlMigration.withLazySections(
        revision,
        entry.checksum(),
        entry.transactional(),
        entry.createDate(),
        entry.hasDowngrade(),
        () -> sectionsMatching(entry, revision, file));
  }

  /**
   * The sections of a script loaded from the cache, read now; an error when the file no longer is
   * what the header and checksum this command already used describe (edited while it ran).
   */
  private static SqlMigration.Sections sectionsMatching(
      CachedScript entry, Revision revision, ResourceScanner.ScriptFile file) {
    SqlMigration fresh = parse(file);
    if (!fresh.revision().equals(revision) || !fresh.checksum().equals(entry.checksum())) {
      throw new ScriptException(
          file.displayName(),
          0,
          "changed on disk while this command ran (revision "
              + revision.id()
              + "); run the command again");
    }
    return new SqlMigration.Sections(fresh.upgradeSection(), fresh.downgradeSection().orElse(null));
  }

  private static CachedScript toEntry(SqlMigration migration, ResourceScanner.FileStamp stamp) {
    Revision revision = migration.revision();
    return new CachedScript(
        stamp.size(),
        stamp.modifiedNanos(),
        stamp.changedNanos(),
        stamp.fileKey(),
        revision.id(),
        revision.downRevisions(),
        revision.branchLabels(),
        revision.dependsOn(),
        revision.message(),
        migration.transactional(),
        migration.createDate().orElse(null),
        migration.hasDowngrade(),
        migration.checksum());
  }

  @Override
  public String describe() {
    return "*.sql scripts";
  }
}
