package dev.migrate.spring.boot;

import dev.migrate.engine.api.Status;
import dev.migrate.engine.api.error.PendingRevisionsException;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates every target during context refresh. Boot makes the JPA {@code EntityManagerFactory},
 * {@code JdbcTemplate}, jOOQ and every {@code @DependsOnDatabaseInitialization} bean depend on this
 * bean (see {@link MigrateDatabaseInitializerDetector}), so none of them sees an unmigrated schema.
 */
public class MigrateInitializer implements InitializingBean {
  private final MigrateTargets targets;
  private final MigrateStrategy strategy;

  /**
   * @param strategy the application's strategy, or null for the default (upgrade, or check in
   *     read-only mode)
   */
  public MigrateInitializer(MigrateTargets targets, MigrateStrategy strategy) {
    this.targets = targets;
    this.strategy = strategy;
  }

  @Override
  public void afterPropertiesSet() {
    for (MigrateTarget target : targets.all()) {
      if (strategy != null) {
        strategy.migrate(target);
      } else {
        migrate(target);
      }
    }
  }

  /** The default: upgrade to the target, or in read-only mode refuse a database that is behind. */
  public static void migrate(MigrateTarget target) {
    if (!target.failOnPending()) {
      target.migrator().upgrade(target.target());
      return;
    }
    Status status = target.migrator().status();
    if (!status.upToDate()) {
      throw new PendingRevisionsException(status.pending(), status.currentHeads());
    }
  }
}
