package dev.migrate.cli;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.ModelDdl;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.engine.api.error.ModelException;

/**
 * The CLI's model sources for autogenerate and check: the engine reads a SQL file or a database URL
 * itself; {@code jpa} is the JPA entities of the --classpath, mapped by the {@code migrate-jpa}
 * module, which this class hands the engine as a {@link ModelDdl}.
 */
final class Models {
  private Models() {}

  /**
   * The model to hand the engine: a JPA model for {@code model=jpa}, null when the engine reads the
   * configured model itself (or none is configured).
   *
   * @param loader the class loader of --classpath
   */
  static ModelDdl of(MigrateConfig config, ClassLoader loader) {
    ModelSpec spec = config.model();
    if (spec == null || spec.kind() != ModelSpec.Kind.JPA) {
      return null;
    }
    return jpa(spec, loader);
  }

  /** The entities as a model: the place where the migrate-jpa module plugs in. */
  private static ModelDdl jpa(ModelSpec spec, ClassLoader loader) {
    throw ModelException.jpaNeedsModule(spec.toString());
  }
}
