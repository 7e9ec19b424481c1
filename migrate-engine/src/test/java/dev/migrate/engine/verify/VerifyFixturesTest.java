package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.VerifyOptions;
import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code verify} through the facade over the fixtures in {@code src/test/resources/verify}: the
 * configured database is a real one, verify runs against a scratch database beside it (in-memory H2
 * for H2, a created and dropped database on the PostgreSQL server) and never touches the configured
 * one.
 */
class VerifyFixturesTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void theFixtureWithBranchesAndAMergePassesEveryCheck(String database) {
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured, "passing");

      assertThat(report.failures()).isEmpty();
      assertThat(report.passed()).isTrue();
      assertThat(report.checks())
          .contains(
              "one head: 3dae4d6bf414",
              "every revision has a downgrade section",
              "staircase f6a09f0db010 merge billing and catalog: ok",
              "staircase 2c9d3c7ae313 track user logins: ok",
              "downgrade base: ok, nothing left but migrate's own tables",
              "upgrade heads: ok, 14 steps from base, same schema");
      assertThat(report.checks()).filteredOn(c -> c.startsWith("staircase")).hasSize(14);
      assertThat(configured.tableExists("migrate_version")).isFalse();
      assertThat(configured.tableExists("users")).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aDowngradeThatForgetsAnIndexFailsNamingTheRevisionItsFileAndTheIndex(String database) {
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured, "forgotten-index");

      assertThat(report.passed()).isFalse();
      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("after downgrading 2c9d3c7ae313 `track user logins` (")
          .contains("20250913_1012-2c9d3c7ae313_user_logins.sql")
          .endsWith("), index ix_users_name on users is still there");
      assertThat(report.checks())
          .contains("downgrade base and upgrade heads: not run, the staircase stopped early");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void twoHeadsFailNamingBoth(String database) {
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured, "two-heads");

      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("the scripts have 2 heads, expected one: ")
          .contains("3dae4d6bf414 `drop legacy flag`")
          .contains("4ebf5e5a0515 `create coupons`");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aDowngradeThatErrorsFailsWithTheDatabasesMessage(String database) {
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report = verify(configured, "failing-downgrade");

      String databaseMessage =
          database.equals("h2")
              ? "Constraint \"CK_INVOICE_TOTAL\" not found"
              : "constraint \"ck_invoice_total\" of relation \"invoices\" does not exist";
      assertThat(report.failures())
          .singleElement()
          .asString()
          .startsWith("downgrading a15b4a5e6b05 `invoice totals` (")
          .contains("20250905_1004-a15b4a5e6b05_invoice_totals.sql) failed: statement 1 (line ")
          .contains(databaseMessage);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void configuredHeadsReplaceTheSingleHeadRule(String database) {
    try (TestDatabase configured = TestDatabase.create(database)) {
      VerifyReport report =
          Migrator.create(configured.config().locations(fixture("two-heads")).build())
              .verify(
                  VerifyOptions.defaults().withExpectedHeads(List.of("4ebf5e", "3dae4d6bf414")));

      assertThat(report.failures()).isEmpty();
      assertThat(report.checks()).contains("heads as configured: 3dae4d6bf414, 4ebf5e5a0515");
    }
  }

  @org.junit.jupiter.api.Test
  void postgresEnumsFunctionsTriggersAndSchemasPass() {
    try (TestDatabase configured = TestDatabase.postgres()) {
      VerifyReport report = verify(configured, "postgresql");

      assertThat(report.failures()).isEmpty();
      assertThat(report.checks())
          .contains(
              "staircase bb02beef0002 touch trigger: ok",
              "staircase bb03beef0003 more moods: ok",
              "staircase bb04beef0004 audit schema and summary view: ok",
              "upgrade heads: ok, 4 steps from base, same schema");
    }
  }

  @org.junit.jupiter.api.Test
  void onMariadbAChangedEnumDefaultIsNamed() {
    try (TestDatabase configured = TestDatabase.mariadb()) {
      VerifyReport report = verify(configured, "mariadb");

      // The last downgrade restores the values but sets another default than before.
      assertThat(report.failures())
          .containsExactly(
              "after downgrading aa04c0ffee04 `more moods` ("
                  + "target/test-classes/verify/mariadb/20250904_1003-aa04c0ffee04_more_moods.sql),"
                  + " default of column users.mood changed from 'happy' to 'sad'");
      assertThat(report.checks())
          .contains(
              "staircase aa01c0ffee01 create users: ok",
              "staircase aa02c0ffee02 index user names: ok",
              "staircase aa03c0ffee03 create orders: ok");
    }
  }

  private static VerifyReport verify(TestDatabase configured, String fixture) {
    return Migrator.create(configured.config().locations(fixture(fixture)).build()).verify();
  }

  /**
   * The locations of a fixture: the staircase fixtures share their revisions, each kept once (see
   * {@code src/test/resources/verify/README.md}); the others are one directory each.
   */
  private static List<String> fixture(String name) {
    List<String> directories =
        switch (name) {
          case "passing" -> List.of("staircase", "invoice-totals", "user-logins");
          case "forgotten-index" -> List.of("staircase", "invoice-totals", "forgotten-index");
          case "failing-downgrade" -> List.of("staircase", "failing-downgrade", "user-logins");
          case "two-heads" -> List.of("staircase", "invoice-totals", "user-logins", "two-heads");
          default -> List.of(name);
        };
    return directories.stream().map(d -> "classpath:verify/" + d).toList();
  }
}
