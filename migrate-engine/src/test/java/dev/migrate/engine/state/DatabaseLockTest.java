package dev.migrate.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.LockTimeoutException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseLockTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aSecondRunnerWaitsBoundedAndIsToldWhoHoldsTheLock(String database) throws Exception {
    try (TestDatabase db = TestDatabase.create(database)) {
      MigrateConfig config = db.config().build();
      ConnectionFactory connections = ConnectionFactory.of(config);
      StateTables tables;
      try (Connection c = connections.open()) {
        Dialect dialect = Databases.detect(c);
        tables = StateTables.of(dialect, config);
      }
      List<String> lines = new ArrayList<>();
      Reporter reporter = collecting(lines);
      try (DatabaseLock held = DatabaseLock.acquire(tables, connections, Duration.ZERO, reporter)) {
        long start = System.nanoTime();
        assertThatThrownBy(
                () -> DatabaseLock.acquire(tables, connections, Duration.ofSeconds(1), reporter))
            .isInstanceOf(LockTimeoutException.class)
            .hasFieldOrPropertyWithValue("versionTable", tables.versionTable())
            .hasFieldOrPropertyWithValue("timeout", Duration.ofSeconds(1))
            .hasMessageContaining("within 1 s")
            .hasMessageContaining(database.equals("h2") ? "row 1 of" : "held by");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
        if (database.equals("postgresql")) {
          assertThat(lines).anySatisfy(l -> assertThat(l).contains("backend pid", "user postgres"));
        } else if (database.equals("mariadb")) {
          assertThat(lines).anySatisfy(l -> assertThat(l).contains("connection", "user root"));
        }
      }
      // Released: the next runner gets it at once.
      DatabaseLock.acquire(tables, connections, Duration.ZERO, reporter).close();
    }
  }

  private static Reporter collecting(List<String> lines) {
    return new Reporter() {
      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add(message);
      }

      @Override
      public void debug(String message) {}
    };
  }
}
