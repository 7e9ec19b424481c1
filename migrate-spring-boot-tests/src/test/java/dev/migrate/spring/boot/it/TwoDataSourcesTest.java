package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.MigrateTargets;
import dev.migrate.spring.boot.MigrateTarget;
import dev.migrate.spring.boot.it.two.TwoDataSourcesApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two DataSources, each migrated from its own location with its own version table. */
class TwoDataSourcesTest {

  @Test
  void migratesEachDataSourceIndependently() throws Exception {
    String orders = Apps.h2Url();
    String audit = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(
            TwoDataSourcesApp.class,
            "test.orders-url=" + orders,
            "test.audit-url=" + audit,
            Apps.NO_JPA,
            "migrate.datasources.orders.locations=classpath:db/orders",
            "migrate.datasources.audit.locations=classpath:db/audit",
            "migrate.datasources.audit.version-table=audit_version")) {
      assertThat(context.getBean(MigrateTargets.class).all())
          .extracting(MigrateTarget::name)
          .containsExactly("orders", "audit");
    }
    assertThat(Apps.tableExists(orders, "", "", "orders_t")).isTrue();
    assertThat(Apps.tableExists(orders, "", "", "audit_t")).isFalse();
    assertThat(Apps.column(orders, "", "", "SELECT version_num FROM migrate_version"))
        .containsExactly("o1");
    assertThat(Apps.tableExists(audit, "", "", "audit_t")).isTrue();
    assertThat(Apps.tableExists(audit, "", "", "orders_t")).isFalse();
    assertThat(Apps.column(audit, "", "", "SELECT version_num FROM audit_version"))
        .containsExactly("u1");
  }
}
