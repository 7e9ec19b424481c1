package dev.migrate.spring.boot.actuate;

import dev.migrate.spring.boot.MigrateAutoConfiguration;
import dev.migrate.spring.boot.MigrateProperties;
import dev.migrate.spring.boot.MigrateTargets;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code migrate} endpoint and health contributor, when the actuator is present. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(MigrateTargets.class)
public class MigrateActuatorAutoConfiguration {

  /** {@code /actuator/migrate} (expose it with management.endpoints.web.exposure.include). */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint(endpoint = MigrateEndpoint.class)
  public MigrateEndpoint migrateEndpoint(ApplicationContext context, MigrateTargets targets) {
    return new MigrateEndpoint(context, targets);
  }

  /** Boot 3.5: the contributor named {@code migrate}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnProperty(prefix = "migrate.health", name = "enabled", matchIfMissing = true)
  static class Boot3Health {
    @Bean(name = "migrateHealthIndicator")
    @ConditionalOnMissingBean(name = "migrateHealthIndicator")
    Boot3MigrateHealthIndicator migrateHealthIndicator(
        MigrateTargets targets, MigrateProperties properties) {
      return new Boot3MigrateHealthIndicator(new MigrateHealth(targets, properties.getHealth()));
    }
  }

  /** Boot 4.0: the contributor named {@code migrate}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @ConditionalOnProperty(prefix = "migrate.health", name = "enabled", matchIfMissing = true)
  static class Boot4Health {
    @Bean(name = "migrateHealthIndicator")
    @ConditionalOnMissingBean(name = "migrateHealthIndicator")
    Boot4MigrateHealthIndicator migrateHealthIndicator(
        MigrateTargets targets, MigrateProperties properties) {
      return new Boot4MigrateHealthIndicator(new MigrateHealth(targets, properties.getHealth()));
    }
  }
}
