package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * The model autogenerate compares with cannot be had: none is configured, its file is missing, one
 * of its statements fails, or its source needs a module that is not on the class path.
 */
public final class ModelException extends MigrateException {
  private final String model;

  /**
   * @param model the model as configured ({@code sql:db/schema.sql}, {@code jpa}), or null when
   *     none is
   * @param message what is wrong, naming the model
   */
  public ModelException(String model, String message) {
    super(message);
    this.model = model;
  }

  /** The model as configured, or null when none is. */
  public String model() {
    return model;
  }

  /** No {@code model} setting. */
  public static ModelException none() {
    return new ModelException(
        null,
        "No model configured: set model to jpa, to a desired-state SQL file (sql:db/schema.sql)"
            + " or to a database URL");
  }

  /** {@code model=jpa} where no JPA model source was handed to the engine. */
  public static ModelException jpaNeedsModule(String model) {
    return new ModelException(
        model,
        "JPA model needs migrate-jpa: model "
            + model
            + " reads @Entity classes through the migrate-jpa module, which this front end did"
            + " not load; use a SQL file (sql:PATH) or a database URL as the model meanwhile");
  }
}
