package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.api.TargetResult.Outcome;
import dev.migrate.engine.fleet.FleetScripts;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 200 tenant schemas of one PostgreSQL server, or 200 databases of one MariaDB server, migrated
 * eight at a time: each gets its own tables under its own lock with its schema as the session
 * default, one broken tenant fails and is reported while the others finish, and a rerun completes
 * only that one.
 */
class FleetDatabaseTest {
  private static final int BROKEN = 37;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void manyTenantsWithOneBrokenThenARerunFinishesIt(String database) {
    String location = FleetScripts.write(dir, 3, null);
    try (TestDatabase db = TestDatabase.create(database)) {
      int count = 200;
      List<String> tenants =
          IntStream.rangeClosed(1, count)
              .mapToObj(i -> String.format("%s_t%03d", db.name(), i))
              .toList();
      String broken = tenants.get(BROKEN - 1);
      try {
        if (db.is("mariadb")) {
          // A MariaDB schema is a database: the tenants exist before the fleet runs.
          tenants.forEach(t -> db.execute("CREATE DATABASE " + t));
        } else {
          db.execute("CREATE SCHEMA " + broken);
        }
        db.execute("CREATE TABLE " + broken + ".item (other INT)");
        MigrateConfig config = db.config().locations(location).targets(tenants).parallel(8).build();

        FleetResult first = Fleet.create(config).upgrade(null);

        assertThat(first.count(Outcome.CHANGED)).isEqualTo(count - 1);
        assertThat(first.exitCode()).isEqualTo(FleetResult.EXIT_FAILED);
        TargetResult failed = first.failures().get(0);
        assertThat(failed.target()).isEqualTo(broken);
        assertThat(failed.failure().revision()).isEqualTo("r01");
        assertThat(failed.failure().message()).containsIgnoringCase("item");
        String last = tenants.get(count - 1);
        assertThat(db.strings("SELECT tenant FROM " + last + ".item")).containsOnly(last);
        assertThat(db.strings("SELECT version_num FROM " + last + ".migrate_version"))
            .containsExactly("r03");

        db.execute("DROP TABLE " + broken + ".item");
        if (db.is("mariadb")) {
          // DDL commits by itself here: the failed step left a failure record to resolve.
          Migrator.create(db.config().locations(location).schema(broken).build()).repair();
        }
        FleetResult rerun = Fleet.create(config).upgrade(null);

        assertThat(rerun.exitCode()).isZero();
        assertThat(rerun.results())
            .filteredOn(r -> r.outcome() == Outcome.CHANGED)
            .extracting(TargetResult::target)
            .containsExactly(broken);
        assertThat(rerun.count(Outcome.UP_TO_DATE)).isEqualTo(count - 1);
        assertThat(db.number("SELECT COUNT(*) FROM " + broken + ".item")).isEqualTo(2);
      } finally {
        if (db.is("mariadb")) {
          tenants.forEach(t -> db.execute("DROP DATABASE IF EXISTS " + t));
        }
      }
    }
  }
}
