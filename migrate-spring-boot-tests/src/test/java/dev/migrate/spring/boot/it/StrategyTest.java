package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.PendingRevisionsException;
import dev.migrate.spring.boot.MigrateStrategy;
import dev.migrate.spring.boot.MigrateTarget;
import dev.migrate.spring.boot.MigrateTargets;
import dev.migrate.spring.boot.it.plain.PlainApp;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * What docs/spring-boot.md promises for changing the start-up: a strategy bean replaces the
 * upgrade, read-only mode refuses a database that is behind, and the application's own Migrator
 * bean switches the auto-configuration off.
 */
class StrategyTest {

  /** Migrates nothing at start-up, as when a Kubernetes Job migrates. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class MigratedByAJobApp {
    @Bean
    MigrateStrategy migratedByAJob() {
      return target -> {};
    }
  }

  /** Drives the engine itself. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class OwnMigratorApp {
    @Bean
    Migrator migrator(DataSource dataSource) {
      return Migrator.create(MigrateConfig.builder().dataSource(dataSource).build());
    }
  }

  @Test
  void strategyBeanReplacesTheUpgradeAndTheStateStaysReadable() throws Exception {
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(MigratedByAJobApp.class, "spring.datasource.url=" + url, Apps.NO_JPA)) {
      MigrateTarget target = context.getBean(MigrateTargets.class).all().get(0);
      assertThat(target.migrator().status().pending()).containsExactly("a1", "a2");
    }
    assertThat(Apps.tableExists(url, "sa", "", "note")).isFalse();
  }

  @Test
  void failOnPendingRefusesADatabaseThatIsBehind() throws Exception {
    String url = Apps.h2Url();
    Throwable thrown =
        catchThrowable(
            () ->
                Apps.start(
                    PlainApp.class,
                    "spring.datasource.url=" + url,
                    Apps.NO_JPA,
                    "migrate.fail-on-pending=true"));

    PendingRevisionsException pending = null;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof PendingRevisionsException p) {
        pending = p;
      }
    }
    assertThat(pending).as("cause of %s", thrown).isNotNull();
    assertThat(pending.getMessage()).contains("a1");
    assertThat(Apps.tableExists(url, "sa", "", "note")).isFalse();
  }

  @Test
  void ownMigratorBeanSwitchesTheAutoConfigurationOff() throws Exception {
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(OwnMigratorApp.class, "spring.datasource.url=" + url, Apps.NO_JPA)) {
      assertThat(context.getBeansOfType(MigrateTargets.class)).isEmpty();
      assertThat(context.getBeansOfType(MigrateStrategy.class)).isEmpty();
      assertThat(context.containsBean("migrateHealthIndicator")).isFalse();
    }
    assertThat(Apps.tableExists(url, "sa", "", "migrate_version")).isFalse();
  }
}
