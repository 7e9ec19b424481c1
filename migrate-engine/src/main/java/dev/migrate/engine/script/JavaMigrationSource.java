package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.migration.JavaMigration;
import dev.migrate.engine.migration.Operations;
import dev.migrate.engine.migration.RevisionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds {@link JavaMigration} classes below the {@code classpath:} locations: {@code
 * classpath:db/migrations} scans package {@code db.migrations} and its sub-packages, in directories
 * and jars of the class loader. Each class becomes a {@link Migration} whose checksum is the
 * SHA-256 of its class file.
 */
public final class JavaMigrationSource {
  private static final String CLASSPATH = "classpath:";
  private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
  private static final Pattern ANONYMOUS = Pattern.compile(".*\\$\\d.*");

  private final ClassLoader loader;
  private final List<String> locations;

  public JavaMigrationSource(ClassLoader loader, List<String> locations) {
    this.loader = loader;
    this.locations = List.copyOf(locations);
  }

  /** The Java migrations of every classpath location, ordered by class name within a location. */
  public List<Migration> load() {
    List<Migration> migrations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (String location : locations) {
      if (!location.startsWith(CLASSPATH)) {
        continue;
      }
      String path = trimSlashes(location.substring(CLASSPATH.length()));
      for (String className : classNames(location, path)) {
        if (seen.add(className)) {
          toMigration(className).ifPresent(migrations::add);
        }
      }
    }
    return migrations;
  }

  private Set<String> classNames(String location, String path) {
    Set<String> names = new TreeSet<>();
    try {
      for (URL root : Collections.list(loader.getResources(path))) {
        switch (root.getProtocol()) {
          case "file" -> scanDirectory(Path.of(root.toURI()), path, names);
          case "jar" -> scanJar((JarURLConnection) root.openConnection(), path, names);
          default -> {
            // Other schemes (jrt:, vfs:) hold no project classes.
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new MigrateException("Cannot scan " + location + " for Java migrations: " + e, e);
    }
    names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
    names.removeIf(n -> ANONYMOUS.matcher(n).matches());
    return names;
  }

  private static void scanDirectory(Path dir, String path, Set<String> names) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".class"))
          .forEach(f -> names.add(className(path + "/" + dir.relativize(f).toString())));
    }
  }

  private static void scanJar(JarURLConnection connection, String path, Set<String> names)
      throws IOException {
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      String prefix = path.isEmpty() ? "" : path + "/";
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".class")) {
          names.add(className(name));
        }
      }
    }
  }

  private static String className(String resource) {
    String name = resource.replace('\\', '/');
    return name.substring(0, name.length() - ".class".length()).replace('/', '.');
  }

  private Optional<Migration> toMigration(String className) {
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
    return Optional.of(migration(type.asSubclass(JavaMigration.class), info));
  }

  private Migration migration(Class<? extends JavaMigration> type, RevisionInfo info) {
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
        checksum(type),
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

  private String checksum(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new MigrateException("Cannot read the class file of " + type.getName());
      }
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String trimSlashes(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
