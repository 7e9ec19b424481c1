package dev.migrate.spring.boot.actuate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@link MigrateHealth} for Spring Boot 4.0's health API. */
public class Boot4MigrateHealthIndicator implements HealthIndicator {
  private final MigrateHealth health;

  public Boot4MigrateHealthIndicator(MigrateHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    MigrateHealth.Result result = health.check();
    return Health.status(result.status()).withDetails(result.details()).build();
  }
}
