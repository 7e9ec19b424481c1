package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.migration.JavaMigration;
import dev.migrate.engine.migration.Operations;
import dev.migrate.engine.migration.RevisionInfo;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds {@link JavaMigration} classes below a {@code classpath:} location: {@code
 * classpath:db/migrations} scans package {@code db.migrations} and its sub-packages, in directories
 * and jars of the class loader (jars need their directory entries, which the jar plugin writes).
 * Classes that neither implement the SPI nor carry {@link RevisionInfo} are ignored. Each migration
 * class becomes a {@link Migration} whose checksum is the SHA-256 of its class file. Filesystem
 * locations hold no classes and give nothing.
 */
public final class JavaMigrationSource implements MigrationSource {
  private static final String SUFFIX = ".class";
  private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
  private static final Pattern ANONYMOUS = Pattern.compile(".*\\$\\d.*");

  @Override
  public List<Migration> load(Location location, ClassLoader classLoader) {
    if (location.kind() != Location.Kind.CLASSPATH) {
      return List.of();
    }
    ClassLoader loader = classLoader != null ? classLoader : ClassLoader.getSystemClassLoader();
    List<Migration> migrations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ResourceScanner.Resource> classFiles =
        new ArrayList<>(ResourceScanner.scan(location, loader, SUFFIX));
    classFiles.addAll(shadowedDirectories(location, loader));
    for (ResourceScanner.Resource resource : classFiles) {
      String className = className(location, resource.relativePath());
      // The first root wins, as it does when the class loader loads the class.
      if (seen.add(className) && !ignored(className)) {
        toMigration(className, loader, resource.content()).ifPresent(migrations::add);
      }
    }
    return migrations;
  }

  /**
   * Class files in the loader's own directories that its resource lookup hides. The Maven plugin's
   * loader hides {@code target/classes/db/migrations} behind {@code
   * src/main/resources/db/migrations} so that scripts load once; the compiled Java migrations of
   * package {@code db.migrations} live only in the hidden one.
   */
  private static List<ResourceScanner.Resource> shadowedDirectories(
      Location location, ClassLoader loader) {
    List<ResourceScanner.Resource> found = new ArrayList<>();
    if (!(loader instanceof URLClassLoader urls)) {
      return found;
    }
    for (URL url : urls.getURLs()) {
      if (!"file".equals(url.getProtocol()) || !url.getPath().endsWith("/")) {
        continue;
      }
      try {
        Path directory = Path.of(url.toURI()).resolve(location.path());
        if (Files.isDirectory(directory)) {
          Location inDirectory =
              new Location(Location.Kind.FILESYSTEM, directory.toString(), directory);
          found.addAll(ResourceScanner.scan(inDirectory, loader, SUFFIX));
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        // Not a directory we can read; the regular lookup already reported what it could.
      }
    }
    return found;
  }

  @Override
  public String describe() {
    return "Java classes implementing JavaMigration";
  }

  private static String className(Location location, String relativePath) {
    String path = location.path() + "/" + relativePath;
    return path.substring(0, path.length() - SUFFIX.length()).replace('/', '.');
  }

  private static boolean ignored(String className) {
    return className.endsWith("package-info")
        || className.endsWith("module-info")
        || ANONYMOUS.matcher(className).matches();
  }

  private static Optional<Migration> toMigration(
      String className, ClassLoader loader, byte[] classFile) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new MigrateException("Cannot load class " + className + ": " + e, e);
    }
    RevisionInfo info = type.getAnnotation(RevisionInfo.class);
    boolean isMigration = JavaMigration.class.isAssignableFrom(type);
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    if (info == null && isMigration) {
      throw new MigrateException(
          className + " implements JavaMigration but has no @RevisionInfo(revision = ...)");
    }
    if (info == null) {
      return Optional.empty();
    }
    if (!isMigration) {
      throw new MigrateException(
          className + " has @RevisionInfo but does not implement " + JavaMigration.class.getName());
    }
    return Optional.of(migration(type.asSubclass(JavaMigration.class), info, classFile));
  }

  private static Migration migration(
      Class<? extends JavaMigration> type, RevisionInfo info, byte[] classFile) {
    String name = type.getName();
    if (!REVISION_ID.matcher(info.revision()).matches()) {
      throw new MigrateException(
          name + ": revision '" + info.revision() + "' must match [A-Za-z0-9_]{1,32}");
    }
    Constructor<? extends JavaMigration> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new MigrateException(name + " needs a public no-argument constructor", e);
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      throw new MigrateException(name + " must be a public class");
    }
    Revision revision =
        new Revision(
            info.revision(),
            clean(info.downRevision()),
            clean(info.branchLabels()),
            clean(info.dependsOn()),
            info.message(),
            name);
    return new JavaMigrationScript(
        type,
        constructor,
        revision,
        () -> checksum(classFile),
        info.transactional(),
        overridesDowngrade(type));
  }

  private static boolean overridesDowngrade(Class<? extends JavaMigration> type) {
    try {
      return type.getMethod("downgrade", Operations.class).getDeclaringClass()
          != JavaMigration.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> clean(String[] values) {
    return Stream.of(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static String checksum(byte[] classFile) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(classFile));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
