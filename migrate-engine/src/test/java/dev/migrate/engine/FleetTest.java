package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.SettingException;
import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.api.TargetResult.Outcome;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.fleet.FleetScripts;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet facade over tenant schemas of one in-memory H2 database: its logic, not a server's. One
 * target at a time: H2 serialises concurrent DDL on its catalog and times out under it (that H2
 * lock timeout is a retryable failure), so the fleet changes H2 schemas one at a time whatever
 * {@code parallel} says; parallel runs are {@code FleetDatabaseTest}'s.
 */
class FleetTest {
  private static final int TENANTS = 12;

  @TempDir Path dir;
  private TestDatabase db;
  private String location;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void setUp() {
    db = TestDatabase.h2();
    location = FleetScripts.write(dir.resolve("scripts"), 3, null);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private List<String> tenants() {
    return IntStream.rangeClosed(1, TENANTS)
        .mapToObj(i -> String.format("tenant_%02d", i))
        .toList();
  }

  private MigrateConfig.Builder fleet() {
    return db.config().locations(location).targets(tenants()).parallel(1).reporter(recording());
  }

  private Reporter recording() {
    return new Reporter() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add("WARN " + message);
      }

      @Override
      public void debug(String message) {}
    };
  }

  @Test
  void everyTenantSchemaGetsItsOwnTablesAndItsNameInThePlaceholder() {
    FleetResult result = Fleet.create(fleet().build()).upgrade(null);
    assertThat(result.exitCode()).isZero();
    assertThat(result.count(Outcome.CHANGED)).isEqualTo(TENANTS);
    for (String tenant : tenants()) {
      assertThat(db.strings("SELECT version_num FROM " + tenant + ".migrate_version"))
          .containsExactly("r03");
      assertThat(db.strings("SELECT DISTINCT tenant FROM " + tenant + ".item"))
          .containsExactly(tenant);
    }
    assertThat(
            db.number(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
        .as("nothing leaks into the default schema")
        .isZero();
    assertThat(lines).anyMatch(l -> l.startsWith("tenant_07: upgraded 3 revisions"));

    FleetResult again = Fleet.create(fleet().build()).upgrade("heads");
    assertThat(again.count(Outcome.UP_TO_DATE)).isEqualTo(TENANTS);
    assertThat(again.summary().get(0)).contains("12 up to date, 0 upgraded, 0 pending, 0 failed");
  }

  @Test
  void onH2SchemaChangesRunOneAtATimeWhateverParallelSays() {
    FleetResult result = Fleet.create(fleet().parallel(6).build()).upgrade(null);

    assertThat(result.exitCode()).isZero();
    assertThat(result.count(Outcome.CHANGED)).isEqualTo(TENANTS);
    assertThat(lines)
        .contains(
            "Fleet upgrade: 12 of 12 targets, 1 at a time (the server runs one schema change at a"
                + " time)");
  }

  @Test
  void aBrokenTenantFailsWithItsRevisionAndTheOthersFinishThenARerunDoesOnlyIt() {
    db.execute("CREATE SCHEMA tenant_05", "CREATE TABLE tenant_05.item (other INT)");

    FleetResult result = Fleet.create(fleet().build()).upgrade(null);

    assertThat(result.exitCode()).isEqualTo(FleetResult.EXIT_FAILED);
    assertThat(result.count(Outcome.CHANGED)).isEqualTo(TENANTS - 1);
    TargetResult failed = result.failures().get(0);
    assertThat(failed.target()).isEqualTo("tenant_05");
    assertThat(failed.failure().revision()).isEqualTo("r01");
    assertThat(failed.failure().file()).endsWith("001-r01.sql");
    assertThat(failed.failure().line()).isPositive();
    assertThat(failed.failure().retryable()).isFalse();
    assertThat(result.summary()).anyMatch(l -> l.contains("tenant_05: FAILED at revision r01"));

    db.execute("DROP TABLE tenant_05.item");
    FleetResult rerun = Fleet.create(fleet().build()).upgrade(null);
    assertThat(rerun.exitCode()).isZero();
    assertThat(rerun.results())
        .filteredOn(r -> r.outcome() == Outcome.CHANGED)
        .extracting(TargetResult::target)
        .containsExactly("tenant_05");
    assertThat(db.number("SELECT COUNT(*) FROM tenant_01.migrate_history")).isEqualTo(3);
  }

  @Test
  void failFastStartsNoFurtherTargetAfterAFailure() {
    db.execute("CREATE SCHEMA tenant_01", "CREATE TABLE tenant_01.item (other INT)");

    FleetResult result = Fleet.create(fleet().parallel(1).failFast(true).build()).upgrade(null);

    assertThat(result.count(Outcome.FAILED)).isEqualTo(1);
    assertThat(result.count(Outcome.NOT_RUN)).isEqualTo(TENANTS - 1);
    assertThat(
            db.number(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'MIGRATE_VERSION'"
                    + " AND TABLE_SCHEMA <> 'TENANT_01'"))
        .isZero();
  }

  @Test
  void statusCheckAndCurrentReportEachTenantWithoutChangingIt() {
    Fleet.create(fleet().targets(tenants().subList(0, 3)).build()).upgrade("r02");

    FleetResult status = Fleet.create(fleet().targets(tenants().subList(0, 3)).build()).status();
    assertThat(status.exitCode()).isZero();
    assertThat(status.results()).allMatch(r -> r.outcome() == Outcome.PENDING);
    assertThat(status.results().get(0).detail()).isEqualTo("at r02, 1 pending");

    FleetResult check = Fleet.create(fleet().targets(tenants().subList(0, 3)).build()).check();
    assertThat(check.exitCode()).isEqualTo(FleetResult.EXIT_FAILED);

    FleetResult current = Fleet.create(fleet().targets(tenants().subList(0, 3)).build()).current();
    assertThat(current.results())
        .extracting(TargetResult::heads)
        .allMatch(h -> h.equals(List.of("r02")));
    assertThat(db.strings("SELECT version_num FROM tenant_01.migrate_version"))
        .containsExactly("r02");
  }

  @Test
  void aMissingSchemaFailsReadingCommandsWithoutARetryAndUpgradeCreatesIt() {
    FleetResult status = Fleet.create(fleet().targets(List.of("tenant_new")).build()).status();

    assertThat(status.exitCode()).isEqualTo(FleetResult.EXIT_FAILED);
    assertThat(status.failures().get(0).failure().message())
        .contains("Cannot make schema tenant_new the session's default")
        .contains("only upgrade, downgrade and stamp create a missing schema");
    assertThat(
            Fleet.create(fleet().targets(List.of("tenant_new")).build()).upgrade(null).exitCode())
        .isZero();
  }

  @Test
  void downgradeAndStampRunPerTenant() {
    Fleet.create(fleet().build()).upgrade(null);
    FleetResult down = Fleet.create(fleet().build()).downgrade("r01");
    assertThat(down.count(Outcome.CHANGED)).isEqualTo(TENANTS);
    assertThat(db.number("SELECT COUNT(*) FROM tenant_03.item")).isZero();

    Fleet.create(fleet().build()).stamp(List.of("r03"), false);
    assertThat(db.strings("SELECT version_num FROM tenant_09.migrate_version"))
        .containsExactly("r03");
  }

  @Test
  void targetsComeFromAFileAndAQueryAndTheShardsCoverThemOnce() throws Exception {
    Files.write(dir.resolve("tenants.txt"), List.of("# tenants", "tenant_01", "", "tenant_02"));
    db.execute("CREATE SCHEMA tenant_03", "CREATE SCHEMA tenant_04");
    MigrateConfig.Builder config =
        db.config()
            .locations(location)
            .baseDirectory(dir)
            .targets(List.of("@tenants.txt"))
            .targetsQuery(
                "SELECT LOWER(SCHEMA_NAME) FROM INFORMATION_SCHEMA.SCHEMATA"
                    + " WHERE SCHEMA_NAME LIKE 'TENANT%' ORDER BY 1");

    List<String> covered = new ArrayList<>();
    for (int shard = 0; shard < 3; shard++) {
      FleetResult result = Fleet.create(config.shard(shard, 3).build()).upgrade(null);
      assertThat(result.totalTargets()).isEqualTo(4);
      result.results().forEach(r -> covered.add(r.target()));
    }
    assertThat(covered)
        .containsExactlyInAnyOrder("tenant_01", "tenant_02", "tenant_03", "tenant_04");
  }

  @Test
  void theJsonReportListsEveryTargetWithItsFailure() throws Exception {
    db.execute("CREATE SCHEMA tenant_02", "CREATE TABLE tenant_02.item (other INT)");
    Path report = dir.resolve("out/fleet.json");

    Fleet.create(fleet().targets(tenants().subList(0, 3)).fleetReport(report).build())
        .upgrade(null);

    String json = Files.readString(report);
    assertThat(json)
        .contains("\"command\": \"upgrade\"", "\"exitCode\": 1", "\"target\": \"tenant_01\"")
        .contains("\"outcome\": \"FAILED\"", "\"revision\": \"r01\"", "\"retryable\": false");
  }

  @Test
  void aTargetThatIsNeitherSchemaNorUrlIsBadInput() {
    MigrateConfig config = fleet().targets(List.of("tenant 1")).build();
    assertThatThrownBy(() -> Fleet.create(config).upgrade(null))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'tenant 1' is not a schema name");
  }
}
