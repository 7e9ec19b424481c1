package dev.migrate.engine.script;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the files with one suffix below a {@link Location} and reads each once, in load order.
 *
 * <p>Load order (it breaks ties in the revision graph, as Alembic's does): files are ordered by
 * their path relative to the location, compared segment by segment by Unicode code point, with a
 * directory's own files before its subdirectories. A classpath location may have several roots
 * (directories and jars); their files are merged into that one order, and a path present in several
 * roots keeps the class loader's root order. Names starting with {@code .} (editor backups, hidden
 * directories) are skipped.
 */
public final class ResourceScanner {
  /** Orders relative paths ({@code a/b.sql}) as described above. */
  public static final Comparator<String> LOAD_ORDER = ResourceScanner::compareRelativePaths;

  private ResourceScanner() {}

  /** A file found below a location. */
  public record Resource(String relativePath, String displayName, byte[] content) {}

  /** Every file below {@code location} whose name ends in {@code suffix}, in load order. */
  public static List<Resource> scan(Location location, ClassLoader loader, String suffix) {
    List<Resource> found = new ArrayList<>();
    if (location.kind() == Location.Kind.FILESYSTEM) {
      if (Files.isDirectory(location.directory())) {
        scanDirectory(location, location.directory(), suffix, found, displayPrefix(location));
      }
    } else {
      for (URL root : roots(location, loader)) {
        scanClasspathRoot(location, root, suffix, found);
      }
    }
    // A stable sort keeps root order for equal paths.
    found.sort(Comparator.comparing(Resource::relativePath, LOAD_ORDER));
    return found;
  }

  /** Whether the location exists at all: a directory, or a path in some class loader root. */
  public static boolean exists(Location location, ClassLoader loader) {
    return location.kind() == Location.Kind.FILESYSTEM
        ? Files.isDirectory(location.directory())
        : !roots(location, loader).isEmpty();
  }

  private static Collection<URL> roots(Location location, ClassLoader loader) {
    ClassLoader effective = loader != null ? loader : ClassLoader.getSystemClassLoader();
    try {
      // Keyed by text: URL.equals and hashCode may resolve host names.
      Map<String, URL> roots = new LinkedHashMap<>();
      Enumeration<URL> urls = effective.getResources(location.path());
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        roots.putIfAbsent(url.toExternalForm(), url);
      }
      return roots.isEmpty() ? jarsWithoutDirectoryEntries(location, effective) : roots.values();
    } catch (IOException e) {
      throw new LocationException(
          location.toString(), "Cannot list " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * A jar written without directory entries is invisible to {@code getResources(directory)}; for
   * class loaders that list their jars, look inside them instead (parents first, as lookup does).
   */
  private static List<URL> jarsWithoutDirectoryEntries(Location location, ClassLoader loader)
      throws IOException {
    List<ClassLoader> chain = new ArrayList<>();
    for (ClassLoader cl = loader; cl != null; cl = cl.getParent()) {
      chain.add(0, cl);
    }
    String prefix = location.path() + "/";
    List<URL> roots = new ArrayList<>();
    for (ClassLoader cl : chain) {
      if (!(cl instanceof URLClassLoader urlLoader)) {
        continue;
      }
      for (URL url : urlLoader.getURLs()) {
        if (!"file".equals(url.getProtocol()) || !url.getPath().endsWith(".jar")) {
          continue;
        }
        File file;
        try {
          file = new File(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
          continue;
        }
        if (!file.isFile()) {
          continue;
        }
        try (JarFile jar = new JarFile(file)) {
          if (jar.stream().anyMatch(entry -> entry.getName().startsWith(prefix))) {
            roots.add(new URL("jar:" + url.toExternalForm() + "!/"));
          }
        }
      }
    }
    return roots;
  }

  private static void scanClasspathRoot(
      Location location, URL root, String suffix, List<Resource> found) {
    String display = Location.CLASSPATH_PREFIX + location.path() + "/";
    switch (root.getProtocol()) {
      case "file" -> {
        Path dir;
        try {
          dir = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new LocationException(location.toString(), "Cannot read " + root + ": " + e, e);
        }
        scanDirectory(location, dir, suffix, found, sourceDisplay(location, dir, display));
      }
      case "jar" -> scanJar(location, root, suffix, found, display);
      default ->
          throw new LocationException(
              location.toString(),
              "Cannot scan "
                  + location
                  + " in "
                  + root
                  + ": only directories and jar files are supported");
    }
  }

  /**
   * A file below a filesystem location, found but not read.
   *
   * @param stamp what the listing saw of it
   */
  public record ScriptFile(String relativePath, String displayName, Path path, FileStamp stamp) {
    /** Reads the whole file now. */
    public byte[] read() throws IOException {
      return Files.readAllBytes(path);
    }
  }

  /**
   * What a listing saw of a file, enough to tell whether it changed since: its size, modification
   * time, inode change time (-1 where the file system has none) and identity (device and inode
   * where the file system has them, else empty: a file replaced by another of the same size and
   * times, as {@code cp -p} or a checkout that restores times leave it, is a different file).
   */
  public record FileStamp(long size, long modifiedNanos, long changedNanos, String fileKey) {
    static FileStamp of(BasicFileAttributes attributes) {
      Object key = attributes.fileKey();
      return new FileStamp(
          attributes.size(),
          attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
          -1,
          key == null ? "" : key.toString());
    }
  }

  /**
   * Every file below a filesystem location whose name ends in {@code suffix}, in load order,
   * without reading them: for callers that may already know what a file holds from its stamp.
   */
  public static List<ScriptFile> list(Location location, String suffix) {
    if (location.kind() != Location.Kind.FILESYSTEM) {
      throw new IllegalArgumentException("only filesystem locations can be listed: " + location);
    }
    List<ScriptFile> files = new ArrayList<>();
    Path dir = location.directory();
    if (Files.isDirectory(dir)) {
      try {
        if (UnixListing.SUPPORTED) {
          new UnixListing(dir, suffix, displayPrefix(location), files).list();
        } else {
          walk(dir, suffix, displayPrefix(location), files);
        }
      } catch (IOException e) {
        throw unreadable(location, dir, e);
      }
    }
    files.sort(Comparator.comparing(ScriptFile::relativePath, LOAD_ORDER));
    return files;
  }

  /**
   * A classpath directory inside the project (its {@code src/main/resources}) names its scripts by
   * their path there, the file to open and edit; one elsewhere keeps the {@code classpath:} name.
   */
  private static String sourceDisplay(Location location, Path dir, String classpathDisplay) {
    Path base = location.baseDirectory();
    Path absolute = dir.toAbsolutePath().normalize();
    if (base == null || !absolute.startsWith(base) || absolute.equals(base)) {
      return classpathDisplay;
    }
    return base.relativize(absolute).toString().replace('\\', '/') + "/";
  }

  private static void scanDirectory(
      Location location, Path dir, String suffix, List<Resource> found, String displayPrefix) {
    List<ScriptFile> files = new ArrayList<>();
    try {
      walk(dir, suffix, displayPrefix, files);
      for (ScriptFile file : files) {
        found.add(new Resource(file.relativePath(), file.displayName(), file.read()));
      }
    } catch (IOException e) {
      throw unreadable(location, dir, e);
    }
  }

  /**
   * A walk that failed, in the user's words: a symbolic link back to a directory above it (which
   * would make the walk endless) names the link; other failures name the path and the reason
   * without Java's class names.
   */
  private static LocationException unreadable(Location location, Path dir, IOException e) {
    String problem;
    if (e instanceof FileSystemLoopException loop) {
      problem =
          loop.getFile()
              + " is a symlink loop: it links to a directory that contains it; remove the link or"
              + " point it elsewhere";
    } else if (e instanceof AccessDeniedException denied) {
      problem = "permission denied on " + denied.getFile();
    } else if (e instanceof FileSystemException failed && failed.getFile() != null) {
      problem = failed.getFile() + (failed.getReason() == null ? "" : ": " + failed.getReason());
    } else {
      problem = String.valueOf(e.getMessage());
    }
    return new LocationException(
        location.toString(), "Cannot read " + location + " below " + dir + ": " + problem, e);
  }

  private static void walk(Path dir, String suffix, String displayPrefix, List<ScriptFile> files)
      throws IOException {
    Files.walkFileTree(
        dir,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(dir) && hidden(d)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && name.endsWith(suffix) && !name.startsWith(".")) {
              String rel = relative(dir, file);
              files.add(new ScriptFile(rel, displayPrefix + rel, file, FileStamp.of(attrs)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  /** Scripts of a relative location show as written ({@code src/db/a.sql}), others in full. */
  private static String displayPrefix(Location location) {
    String path =
        Path.of(location.path()).isAbsolute()
            ? location.directory().toString()
            : location.path().replace('\\', '/');
    return path.endsWith("/") ? path : path + "/";
  }

  private static void scanJar(
      Location location, URL root, String suffix, List<Resource> found, String display) {
    try {
      URLConnection connection = root.openConnection();
      if (!(connection instanceof JarURLConnection jarConnection)) {
        throw new LocationException(location.toString(), "Cannot open " + root + " as a jar");
      }
      // Without caches the connection hands us a JarFile of our own, which we close.
      jarConnection.setUseCaches(false);
      String prefix = location.path() + "/";
      try (JarFile jar = jarConnection.getJarFile()) {
        String jarName = jar.getName().substring(jar.getName().lastIndexOf(File.separatorChar) + 1);
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(suffix)) {
            continue;
          }
          String rel = name.substring(prefix.length());
          if (rel.startsWith(".") || rel.contains("/.")) {
            continue;
          }
          byte[] content;
          try (var in = jar.getInputStream(entry)) {
            content = in.readAllBytes();
          }
          found.add(new Resource(rel, display + rel + " (in " + jarName + ")", content));
        }
      }
    } catch (IOException e) {
      throw new LocationException(
          location.toString(), "Cannot read " + location + " in " + root + ": " + e, e);
    }
  }

  static int compareRelativePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      int endA = a.indexOf('/', i);
      int endB = b.indexOf('/', j);
      boolean fileA = endA < 0;
      boolean fileB = endB < 0;
      if (fileA != fileB) {
        return fileA ? -1 : 1; // a directory's own files first
      }
      int segmentEndA = fileA ? a.length() : endA;
      int segmentEndB = fileB ? b.length() : endB;
      int cmp = compareCodePoints(a, i, segmentEndA, b, j, segmentEndB);
      if (cmp != 0 || fileA) {
        return cmp;
      }
      i = segmentEndA + 1;
      j = segmentEndB + 1;
    }
  }

  /** Code point order (Python's str order), which differs from UTF-16 order above U+D7FF. */
  private static int compareCodePoints(String a, int i, int endA, String b, int j, int endB) {
    while (i < endA && j < endB) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (ca != cb) {
        if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
          return Integer.compare(ca, cb);
        }
        return Integer.compare(a.codePointAt(i), b.codePointAt(j));
      }
      i++;
      j++;
    }
    return Integer.compare(endA - i, endB - j);
  }
}
