package dev.migrate.jpa.hibernate;

import dev.migrate.jpa.EntityClassNotLoadableException;
import dev.migrate.jpa.EntityMappingException;
import dev.migrate.jpa.UnsupportedModelException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;

/**
 * Runs Hibernate over a project's class path: the project's own Hibernate when it has one, the
 * bundled one otherwise. Opens one model class loader per call and closes it after.
 */
public final class SchemaGenerator implements AutoCloseable {

  private static final String VERSION_CLASS = "org/hibernate/Version.class";

  private final ModelClassLoader loader;
  private final boolean projectHibernate;
  private final String version;

  private SchemaGenerator(ModelClassLoader loader, boolean projectHibernate, String version) {
    this.loader = loader;
    this.projectHibernate = projectHibernate;
    this.version = version;
  }

  /**
   * A generator over this class path.
   *
   * @throws UnsupportedModelException when the project's Hibernate is older than 6
   */
  public static SchemaGenerator open(List<Path> classpath) {
    ClassLoader own = SchemaGenerator.class.getClassLoader();
    boolean projectHibernate = classpath.stream().anyMatch(SchemaGenerator::holdsHibernate);
    List<URL> urls = new ArrayList<>();
    if (!projectHibernate) {
      if (!BundledHibernate.present(own)) {
        // The CLI's jar leaves Hibernate out: a JPA application has its own on its class path.
        throw new UnsupportedModelException(
            "No Hibernate on the class path: the JPA model maps the entities with the project's"
                + " Hibernate (hibernate-core 6 or later); add its jars to the class path");
      }
      urls.addAll(BundledHibernate.classpath(own));
    }
    classpath.forEach(entry -> urls.add(url(entry)));
    ModelClassLoader loader = new ModelClassLoader(urls, own);
    String version = versionOf(loader);
    if (major(version) < 6) {
      close(loader);
      throw new UnsupportedModelException(
          "Hibernate "
              + version
              + " on the project's class path maps javax.persistence entities; the JPA model needs"
              + " Hibernate 6 or later (jakarta.persistence)");
    }
    return new SchemaGenerator(loader, projectHibernate, version);
  }

  /** The Hibernate version that maps the model, e.g. {@code 6.6.55.Final}. */
  public String version() {
    return version;
  }

  /** Its major version. */
  public int major() {
    return major(version);
  }

  /** True when the project brings its own Hibernate, false when the bundled one is used. */
  public boolean projectHibernate() {
    return projectHibernate;
  }

  /**
   * The create statements Hibernate writes for these classes with these settings.
   *
   * @throws EntityClassNotLoadableException when a class is missing from the class path
   * @throws EntityMappingException when Hibernate rejects the mapping
   */
  public List<String> createStatements(
      List<String> classes, TargetDatabase database, Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.putAll(database.settings());
    // Hibernate also asks the JVM's system class loader, which must not make Bean Validation count
    // for a project that has none.
    if (loader.getResource("jakarta/validation/Validation.class") == null) {
      all.put("jakarta.persistence.validation.mode", "none");
    }
    Object statements = runBridge("SchemaScript", Map.of("classes", classes, "settings", all));
    return ((List<?>) statements).stream().map(String.class::cast).toList();
  }

  /**
   * Runs a class of the bridge package inside the model's loader, with the loader as the thread's
   * context loader (Hibernate and its logging look there): the class is a {@code Function} from a
   * request map (to which the loader is added as {@code classLoader}) to a result in JDK types.
   */
  @SuppressWarnings("unchecked")
  Object runBridge(String simpleName, Map<String, Object> request) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Function<Map<String, Object>, Object> bridge =
          (Function<Map<String, Object>, Object>)
              loader
                  .loadClass(ModelClassLoader.BRIDGE_PACKAGE + simpleName)
                  .getConstructor()
                  .newInstance();
      Map<String, Object> withLoader = new HashMap<>(request);
      withLoader.put("classLoader", loader);
      return bridge.apply(withLoader);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("migrate-jpa's bridge cannot start: " + e, e);
    } catch (RuntimeException | LinkageError e) {
      throw HibernateFailure.translate(e, version);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public void close() {
    close(loader);
  }

  private static void close(ModelClassLoader loader) {
    try {
      loader.close();
    } catch (java.io.IOException e) {
      // the jars are read-only; nothing to recover
    }
  }

  private static boolean holdsHibernate(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(VERSION_CLASS));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry(VERSION_CLASS) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String versionOf(ClassLoader loader) {
    try {
      return (String)
          loader.loadClass("org.hibernate.Version").getMethod("getVersionString").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new UnsupportedModelException(
          "The Hibernate on the model's class path cannot start (" + e + ")");
    }
  }

  private static int major(String version) {
    try {
      return Integer.parseInt(version.substring(0, version.indexOf('.')));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static URL url(Path entry) {
    try {
      return entry.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry + " is not a class-path entry", e);
    }
  }
}
