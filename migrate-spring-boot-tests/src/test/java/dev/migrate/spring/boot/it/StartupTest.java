package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import dev.migrate.spring.boot.MigrateTargets;
import dev.migrate.spring.boot.it.jpa.JpaApp;
import dev.migrate.spring.boot.it.jpa.StartupReader;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A JPA application starts on a migrated schema: the repository bean that queries at start-up sees
 * the migrated row, and Hibernate's {@code ddl-auto=validate} passes, on H2 and on PostgreSQL.
 */
class StartupTest {

  @Test
  void migratesBeforeJpaOnH2() throws Exception {
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(
            JpaApp.class,
            "spring.datasource.url=" + url,
            "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(context.getBean(StartupReader.class).firstNote()).isEqualTo("migrated before JPA");
      assertThat(Apps.column(url, "sa", "", "SELECT version_num FROM migrate_version"))
          .containsExactly("a2");
    }
  }

  @Test
  void migratesBeforeJpaOnPostgresql() throws Exception {
    try (ScratchDatabase db = TestServers.scratch("postgresql");
        ConfigurableApplicationContext context =
            Apps.start(
                JpaApp.class,
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password(),
                "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(context.getBean(StartupReader.class).firstNote()).isEqualTo("migrated before JPA");
      assertThat(
              Apps.column(
                  db.url(), db.user(), db.password(), "SELECT version_num FROM migrate_version"))
          .containsExactly("a2");
    }
  }

  @Test
  void embeddedDatabaseIsNotCreatedByHibernateWhenMigrated() throws Exception {
    // No ddl-auto: Boot would default to create-drop on H2 unless a schema manager claims it.
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(JpaApp.class, "spring.datasource.url=" + url)) {
      assertThat(context.getBean(StartupReader.class).firstNote()).isEqualTo("migrated before JPA");
    }
    assertThat(Apps.tableExists(url, "sa", "", "note")).isTrue();
  }

  @Test
  void disabledMigratesNothing() throws Exception {
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(
            JpaApp.class,
            "spring.datasource.url=" + url,
            "migrate.enabled=false",
            "spring.jpa.hibernate.ddl-auto=create-drop")) {
      assertThat(context.getBeansOfType(MigrateTargets.class)).isEmpty();
      assertThat(Apps.tableExists(url, "sa", "", "migrate_version")).isFalse();
    }
  }
}
