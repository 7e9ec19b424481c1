package dev.migrate.engine.script;

import dev.migrate.engine.script.ResourceScanner.FileStamp;
import dev.migrate.engine.script.ResourceScanner.ScriptFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link ResourceScanner#list} where the file system has the {@code unix} attribute view: the same
 * files as its directory walk (links followed, names starting with {@code .} skipped, a link back
 * to a directory above it an error, a dangling link ignored), with each file's change time read in
 * the same {@code stat} as its size and modification time.
 *
 * <p>Why not the JDK's walk: it reads each entry's basic attributes, and the change time then needs
 * a second {@code stat} per file; listing 10,000 scripts took 85 ms that way and 57 ms this way in
 * a fresh JVM, a tenth of a {@code heads} over them.
 */
final class UnixListing {
  static final boolean SUPPORTED =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  private static final String ATTRIBUTES = "unix:mode,ino,dev,size,lastModifiedTime,ctime";
  private static final int TYPE = 0170000;
  private static final int DIRECTORY = 0040000;
  private static final int REGULAR = 0100000;

  private final Path root;
  private final String suffix;
  private final String displayPrefix;
  private final List<ScriptFile> files;
  // The directories from the root down to the one being listed, by device and inode.
  private final Set<List<Object>> ancestors = new HashSet<>();

  UnixListing(Path root, String suffix, String displayPrefix, List<ScriptFile> files) {
    this.root = root;
    this.suffix = suffix;
    this.displayPrefix = displayPrefix;
    this.files = files;
  }

  void list() throws IOException {
    Map<String, Object> attributes = Files.readAttributes(root, ATTRIBUTES);
    ancestors.add(identity(attributes));
    list(root);
  }

  private void list(Path directory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        Map<String, Object> attributes = attributesOrNull(entry);
        if (attributes == null) {
          continue;
        }
        int type = (Integer) attributes.get("mode") & TYPE;
        if (type == DIRECTORY) {
          List<Object> identity = identity(attributes);
          if (!ancestors.add(identity)) {
            throw new FileSystemLoopException(entry.toString());
          }
          list(entry);
          ancestors.remove(identity);
        } else if (type == REGULAR && name.endsWith(suffix)) {
          String relative = ResourceScanner.relative(root, entry);
          files.add(
              new ScriptFile(
                  relative,
                  displayPrefix + relative,
                  entry,
                  new FileStamp(
                      (Long) attributes.get("size"),
                      nanos(attributes.get("lastModifiedTime")),
                      nanos(attributes.get("ctime")),
                      attributes.get("dev") + ":" + attributes.get("ino"))));
        }
      }
    }
  }

  /** The entry's attributes, links followed; null for a link that points nowhere. */
  private static Map<String, Object> attributesOrNull(Path entry) throws IOException {
    try {
      return Files.readAttributes(entry, ATTRIBUTES);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(entry)) {
        return null;
      }
      throw e;
    }
  }

  private static List<Object> identity(Map<String, Object> attributes) {
    return List.of(attributes.get("dev"), attributes.get("ino"));
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }
}
