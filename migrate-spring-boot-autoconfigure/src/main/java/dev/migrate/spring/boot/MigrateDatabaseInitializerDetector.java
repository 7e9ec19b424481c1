package dev.migrate.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link MigrateInitializer} beans initialise databases, so that every bean Boot
 * knows to depend on database initialisation is created after them.
 */
public class MigrateDatabaseInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(MigrateInitializer.class);
  }
}
