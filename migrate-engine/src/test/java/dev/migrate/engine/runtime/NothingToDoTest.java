package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.state.DatabaseLock;
import dev.migrate.engine.state.StateTables;
import dev.migrate.engine.testing.FixedMigration;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run whose database is at its target reads the rows without the lock and returns: it does not
 * wait for another runner's lock, while a run with work to do still does.
 */
class NothingToDoTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aRunAtItsTargetDoesNotWaitForAnotherRunnersLock(String database) throws Exception {
    try (TestDatabase db = TestDatabase.create(database)) {
      List<FixedMigration> chain = Plans.chain(3, 0);
      MigrateConfig config = db.config().lockTimeout(Duration.ofSeconds(1)).build();
      MigrationRuntime runtime = new MigrationRuntime(config);
      runtime.run(
          "upgrade",
          Plans.byId(chain),
          MigrationRuntime.Mode.RUN,
          rows -> Plans.upgrade(null, chain.subList(0, 2)));

      try (ConnectionFactory connections = ConnectionFactory.of(config);
          Connection probe = connections.open();
          DatabaseLock held =
              DatabaseLock.acquire(
                  StateTables.of(Databases.detect(probe), config),
                  connections,
                  Duration.ofSeconds(5),
                  Reporter.silent())) {
        RunResult noop =
            runtime.run(
                "upgrade",
                Plans.byId(chain),
                MigrationRuntime.Mode.RUN,
                rows -> new Plan(List.of(), rows, rows));
        assertThat(noop.steps()).isEmpty();
        assertThat(noop.headsAfter()).containsExactly("r2");

        assertThatThrownBy(
                () ->
                    runtime.run(
                        "upgrade",
                        Plans.byId(chain),
                        MigrationRuntime.Mode.RUN,
                        rows -> Plans.upgrade("r2", chain.subList(2, 3))))
            .isInstanceOf(LockTimeoutException.class);
      }
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("r2");
    }
  }
}
