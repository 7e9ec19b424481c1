package dev.migrate.spring.boot;

/**
 * Replaces the start-up upgrade: a bean of this type is called for each DataSource instead, e.g. to
 * validate only ({@code target.migrator().check()}), or to do nothing because a Kubernetes Job
 * migrates.
 */
@FunctionalInterface
public interface MigrateStrategy {
  /** Brings (or checks) one DataSource at start-up; an exception stops the start. */
  void migrate(MigrateTarget target);
}
