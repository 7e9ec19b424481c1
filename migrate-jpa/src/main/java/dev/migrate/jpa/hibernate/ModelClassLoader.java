package dev.migrate.jpa.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one model: the project's class path (behind the bundled Hibernate when the
 * project has none), over the platform loader so that nothing of the caller's (Maven's, the CLI's,
 * the engine's) leaks in. The classes of {@code dev.migrate.jpa.bridge} are defined anew here from
 * migrate-jpa's own class files, so that they link against the Hibernate this loader holds.
 */
final class ModelClassLoader extends URLClassLoader {

  static final String BRIDGE_PACKAGE = "dev.migrate.jpa.bridge.";

  static {
    registerAsParallelCapable();
  }

  // jboss-logging finds its provider through this service file first (unless a system property
  // names one); the model loader answers with the bridge's quiet provider alone.
  private static final String LOGGER_SERVICE = "META-INF/services/org.jboss.logging.LoggerProvider";
  private static final String QUIET_LOGGER_SERVICE =
      "dev/migrate/jpa/bridge/org.jboss.logging.LoggerProvider";

  private final ClassLoader bridgeSource;

  ModelClassLoader(List<URL> classpath, ClassLoader bridgeSource) {
    super("migrate-jpa-model", classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    this.bridgeSource = bridgeSource;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(BRIDGE_PACKAGE)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = bridgeClassFile(name);
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public URL getResource(String name) {
    return LOGGER_SERVICE.equals(name)
        ? bridgeSource.getResource(QUIET_LOGGER_SERVICE)
        : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (LOGGER_SERVICE.equals(name)) {
      URL quiet = bridgeSource.getResource(QUIET_LOGGER_SERVICE);
      return Collections.enumeration(quiet == null ? List.of() : List.of(quiet));
    }
    return super.getResources(name);
  }

  private byte[] bridgeClassFile(String name) throws ClassNotFoundException {
    String path = name.replace('.', '/') + ".class";
    try (InputStream in = bridgeSource.getResourceAsStream(path)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " from migrate-jpa", e);
    }
  }
}
