package dev.migrate.engine.script;

import dev.migrate.engine.common.Reporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Remembers, between runs, what parsing each script of a filesystem location produced, so that a
 * command re-reads only the scripts that changed. {@link SqlMigrationSource} decides which
 * remembered entries still hold (same size, modification and change times and file key, and not
 * modified within {@link CachedScripts#RACY_MILLIS} of the run that stored them); a cache only
 * stores and returns entries.
 *
 * <p>A cache that cannot be read or written never fails a command: it reads as empty and a write is
 * dropped, with a debug line.
 */
public interface HeaderCache {
  /** What was remembered for the scripts of {@code directory}; empty when nothing was. */
  CachedScripts read(Path directory);

  /** Replaces what is remembered for {@code directory}. */
  void write(Path directory, CachedScripts scripts);

  /** No cache: every script is read and parsed on every run. */
  static HeaderCache none() {
    return NoHeaderCache.INSTANCE;
  }

  /** One file per location below {@code cacheDirectory}, named by a hash of its absolute path. */
  static HeaderCache in(Path cacheDirectory, Reporter reporter) {
    return new FileHeaderCache(cacheDirectory, reporter);
  }

  /**
   * The scripts of one location as a run found them.
   *
   * @param scannedAtMillis the wall-clock time before that run listed the directory: a script whose
   *     modification time is this close to it may have changed again within the same clock tick
   * @param entries by path relative to the location
   */
  record CachedScripts(long scannedAtMillis, Map<String, CachedScript> entries) {
    /**
     * Modification times this close to the storing run are not trusted: file systems keep them in
     * ticks of a few milliseconds (ext4) up to two seconds (FAT), and an edit in the same tick as
     * the read leaves size and time as they were.
     */
    public static final long RACY_MILLIS = 2_000;

    public CachedScripts {
      entries = Map.copyOf(entries);
    }

    static CachedScripts empty() {
      return new CachedScripts(0, Map.of());
    }
  }

  /**
   * What one script held when it was last parsed, and the file attributes it was read with.
   *
   * @param changedNanos the inode change time, or -1 where the file system has none
   * @param fileKey the file system's identity of the file (device and inode), or empty
   * @param createDate the {@code create_date} header, or null
   * @param checksum SHA-256 over the normalised text, as {@link Migration#checksum()}
   */
  record CachedScript(
      long size,
      long modifiedNanos,
      long changedNanos,
      String fileKey,
      String id,
      List<String> downRevisions,
      List<String> branchLabels,
      List<String> dependsOn,
      String message,
      boolean transactional,
      String createDate,
      boolean hasDowngrade,
      String checksum) {
    public CachedScript {
      downRevisions = List.copyOf(downRevisions);
      branchLabels = List.copyOf(branchLabels);
      dependsOn = List.copyOf(dependsOn);
    }
  }
}
