package dev.migrate.engine.script;

import dev.migrate.engine.common.CacheFiles;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.script.HeaderCache.CachedScript;
import dev.migrate.engine.script.HeaderCache.CachedScripts;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link HeaderCache#in}: one binary file per location, {@code <hash of its absolute path>.bin}.
 * Written to a temporary file and moved into place, so that a reader sees a whole file or none, and
 * two commands racing only lose one of their writes.
 */
final class FileHeaderCache implements HeaderCache {
  /**
   * Bump when {@link ScriptParser} changes what it produces from the same text, or the layout below
   * changes: an older file then reads as empty instead of as a wrong parse.
   */
  static final int FORMAT = 3;

  private static final long MAGIC = 0x4d49475241544548L; // "MIGRATEH"

  private final Path cacheDirectory;
  private final Reporter reporter;

  FileHeaderCache(Path cacheDirectory, Reporter reporter) {
    this.cacheDirectory = cacheDirectory;
    this.reporter = reporter;
  }

  /**
   * The file that holds {@code directory}'s entries, named by {@link CacheFiles#name} of its path.
   * Two directories that share a name only overwrite each other's entries: the file records its
   * directory, and a read for another one finds none.
   */
  Path fileFor(Path directory) {
    return cacheDirectory.resolve(CacheFiles.name(directory.toString()) + ".bin");
  }

  @Override
  public CachedScripts read(Path directory) {
    Path file = fileFor(directory);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return CachedScripts.empty();
    } catch (IOException | RuntimeException e) {
      reporter.debug("Script header cache " + file + " not read: " + e);
      return CachedScripts.empty();
    }
    // A ByteBuffer, not a DataInputStream: its reads are plain array reads, where the stream's
    // go byte by byte through a synchronized method, which for a thousand entries in a fresh JVM
    // took longer than reading the file.
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      if (in.getLong() != MAGIC
          || in.getInt() != FORMAT
          || !directory.toString().equals(readString(in))) {
        reporter.debug("Script header cache " + file + " is of another format or location");
        return CachedScripts.empty();
      }
      long scannedAt = in.getLong();
      int count = in.getInt();
      Map<String, CachedScript> entries = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        entries.put(readString(in), readEntry(in));
      }
      return new CachedScripts(scannedAt, entries);
    } catch (IOException | RuntimeException e) {
      reporter.debug("Script header cache " + file + " not read: " + e);
      return CachedScripts.empty();
    }
  }

  @Override
  public void write(Path directory, CachedScripts scripts) {
    Path file = fileFor(directory);
    try {
      CacheFiles.replace(
          file,
          out -> {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, directory.toString());
            out.writeLong(scripts.scannedAtMillis());
            out.writeInt(scripts.entries().size());
            for (Map.Entry<String, CachedScript> entry : scripts.entries().entrySet()) {
              writeString(out, entry.getKey());
              writeEntry(out, entry.getValue());
            }
          });
    } catch (IOException | RuntimeException e) {
      reporter.debug("Script header cache " + file + " not written: " + e);
    }
  }

  private static void writeEntry(DataOutputStream out, CachedScript e) throws IOException {
    out.writeLong(e.size());
    out.writeLong(e.modifiedNanos());
    out.writeLong(e.changedNanos());
    writeString(out, e.fileKey());
    writeString(out, e.id());
    writeList(out, e.downRevisions());
    writeList(out, e.branchLabels());
    writeList(out, e.dependsOn());
    writeString(out, e.message());
    out.writeBoolean(e.transactional());
    out.writeBoolean(e.createDate() != null);
    if (e.createDate() != null) {
      writeString(out, e.createDate());
    }
    out.writeBoolean(e.hasDowngrade());
    writeString(out, e.checksum());
  }

  private static CachedScript readEntry(ByteBuffer in) throws IOException {
    long size = in.getLong();
    long modified = in.getLong();
    long changed = in.getLong();
    String fileKey = readString(in);
    String id = readString(in);
    List<String> down = readList(in);
    List<String> labels = readList(in);
    List<String> depends = readList(in);
    String message = readString(in);
    boolean transactional = in.get() != 0;
    String createDate = in.get() != 0 ? readString(in) : null;
    boolean hasDowngrade = in.get() != 0;
    String checksum = readString(in);
    return new CachedScript(
        size,
        modified,
        changed,
        fileKey,
        id,
        down,
        labels,
        depends,
        message,
        transactional,
        createDate,
        hasDowngrade,
        checksum);
  }

  private static void writeList(DataOutputStream out, List<String> items) throws IOException {
    out.writeInt(items.size());
    for (String item : items) {
      writeString(out, item);
    }
  }

  private static List<String> readList(ByteBuffer in) throws IOException {
    int size = in.getInt();
    if (size == 0) {
      return List.of();
    }
    List<String> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(readString(in));
    }
    return items;
  }

  // Length-prefixed UTF-8: writeUTF's modified UTF-8 stops at 64 KB, and a message may not.
  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(ByteBuffer in) throws IOException {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IOException("truncated or corrupt entry");
    }
    String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }
}
