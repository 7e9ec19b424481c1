package dev.migrate.spring.boot;

import dev.migrate.engine.Migrator;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Migrates the application's DataSources on start-up. Backs off when {@code migrate.enabled=false}
 * or when the application defines its own {@link Migrator} bean.
 */
@AutoConfiguration(
    afterName = {
      // Boot 3.5 and Boot 4.0 names; the absent one is ignored.
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"
    })
@ConditionalOnClass(Migrator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnMissingBean(Migrator.class)
@ConditionalOnProperty(prefix = "migrate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrateAutoConfiguration {

  /** The DataSources to migrate, each with its configured engine facade. */
  @Bean
  @ConditionalOnMissingBean
  public MigrateTargets migrateTargets(
      MigrateProperties properties,
      Environment environment,
      ObjectProvider<DataSource> primary,
      ListableBeanFactory beans) {
    Map<String, DataSource> dataSources = beans.getBeansOfType(DataSource.class);
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    return new MigrateTargetsFactory(properties, environment, classLoader)
        .create(primary.getIfUnique(), dataSources);
  }

  /** Runs the migration during context refresh, before the beans that use the database. */
  @Bean
  @ConditionalOnMissingBean
  public MigrateInitializer migrateInitializer(
      MigrateTargets targets, ObjectProvider<MigrateStrategy> strategy) {
    return new MigrateInitializer(targets, strategy.getIfAvailable());
  }

  /** Tells Hibernate that the migrated DataSources' schemas are managed. */
  @Bean
  public MigrateSchemaManagementProvider migrateSchemaManagementProvider(MigrateTargets targets) {
    return new MigrateSchemaManagementProvider(targets);
  }
}
