package dev.migrate.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Another build's engine, e.g. the commit a change started from, run next to ours in the same
 * rounds so that the two are compared in one run ({@code --baseline JAR}).
 *
 * <p>The jar is that build's {@code migrate-bench.jar}, which carries its engine and the JDBC
 * driver. It is loaded by a class loader of its own whose parent is the platform loader, so none of
 * our classes can stand in for its classes; it is driven through the public facade ({@code
 * Migrator.create(config)}, {@code upgrade}, {@code current}, {@code upgradeSql}) by reflection,
 * because the two builds share no types. The config's class is found as the parameter of {@code
 * Migrator.create}, so a build that moved it still loads.
 */
final class Baseline implements AutoCloseable {
  private final Path jar;
  private final URLClassLoader loader;
  private final Method create;
  private final Method builder;

  private Baseline(Path jar, URLClassLoader loader) throws ReflectiveOperationException {
    this.jar = jar;
    this.loader = loader;
    Class<?> migrator = loader.loadClass("dev.migrate.engine.Migrator");
    this.create =
        Arrays.stream(migrator.getMethods())
            .filter(m -> m.getName().equals("create") && m.getParameterCount() == 1)
            .findFirst()
            .orElseThrow(() -> new NoSuchMethodException("Migrator.create(config) in " + jar));
    this.builder = create.getParameterTypes()[0].getMethod("builder");
  }

  /** Loads the engine of the build whose bench jar is {@code jar}. */
  static Baseline load(Path jar) throws Exception {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("--baseline: no such jar: " + jar);
    }
    URLClassLoader loader =
        new URLClassLoader(
            "baseline",
            new java.net.URL[] {jar.toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
    return new Baseline(jar.toAbsolutePath(), loader);
  }

  Path jar() {
    return jar;
  }

  /** {@code Migrator.upgrade(target)} against a PostgreSQL database. */
  void upgrade(PgServer server, String database, Path scripts, String target) throws Exception {
    Object migrator = migrator(online(server, database, scripts));
    call(migrator, "upgrade", new Class<?>[] {String.class}, target);
  }

  /** {@code Migrator.current()} against a PostgreSQL database. */
  void current(PgServer server, String database, Path scripts) throws Exception {
    call(migrator(online(server, database, scripts)), "current", new Class<?>[0]);
  }

  /** {@code Migrator.upgradeSql("base:heads")} for PostgreSQL, offline; returns the script. */
  String render(Path scripts) throws Exception {
    Object config = builder();
    config = call(config, "locations", new Class<?>[] {String[].class}, locations(scripts));
    config = call(config, "dialect", new Class<?>[] {String.class}, "postgresql");
    Object migrator = migrator(call(config, "build", new Class<?>[0]));
    return (String) call(migrator, "upgradeSql", new Class<?>[] {String.class}, "base:heads");
  }

  /** That build's own graph benchmark ({@code GraphBenchmark.run}), printing its own table. */
  void graphBenchmark(String[] args) throws Exception {
    Method run =
        loader
            .loadClass("dev.migrate.bench.GraphBenchmark")
            .getDeclaredMethod("run", String[].class);
    run.setAccessible(true);
    invoke(run, null, (Object) args);
  }

  @Override
  public void close() throws Exception {
    loader.close();
  }

  private Object online(PgServer server, String database, Path scripts) throws Exception {
    Object config = builder();
    config = call(config, "url", new Class<?>[] {String.class}, server.jdbcUrl(database));
    config = call(config, "user", new Class<?>[] {String.class}, server.user());
    config = call(config, "locations", new Class<?>[] {String[].class}, locations(scripts));
    return call(config, "build", new Class<?>[0]);
  }

  private static Object locations(Path scripts) {
    return new String[] {"filesystem:" + scripts.toAbsolutePath()};
  }

  private Object builder() throws Exception {
    return invoke(builder, null);
  }

  private Object migrator(Object config) throws Exception {
    return invoke(create, null, config);
  }

  private Object call(Object target, String name, Class<?>[] types, Object... args)
      throws Exception {
    return invoke(target.getClass().getMethod(name, types), target, args);
  }

  /**
   * Runs with the baseline's loader as the context loader (drivers and services are looked up
   * through it) and unwraps the engine's own exception.
   */
  private Object invoke(Method method, Object target, Object... args) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      method.setAccessible(true);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
