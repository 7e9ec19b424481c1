package dev.migrate.spring.boot.actuate;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@link MigrateHealth} for Spring Boot 3.5's health API. */
public class Boot3MigrateHealthIndicator implements HealthIndicator {
  private final MigrateHealth health;

  public Boot3MigrateHealthIndicator(MigrateHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    MigrateHealth.Result result = health.check();
    return Health.status(result.status()).withDetails(result.details()).build();
  }
}
