package dev.migrate.jpa.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
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
