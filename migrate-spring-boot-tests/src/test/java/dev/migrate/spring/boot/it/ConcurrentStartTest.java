package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import dev.migrate.spring.boot.it.plain.PlainApp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Three instances of an application start at once against one database. */
class ConcurrentStartTest {
  /** Boot's switch for its logging system, the same on both lines. */
  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

  @Test
  void threeInstancesApplyEachRevisionOnce() throws Exception {
    try (ScratchDatabase db = TestServers.scratch("postgresql")) {
      Callable<ConfigurableApplicationContext> instance =
          () ->
              Apps.start(
                  PlainApp.class,
                  "spring.datasource.url=" + db.url(),
                  "spring.datasource.username=" + db.user(),
                  "spring.datasource.password=" + db.password(),
                  Apps.NO_JPA);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      List<ConfigurableApplicationContext> started = new ArrayList<>();
      // Boot's logging system is one Logback context per JVM: three applications initialising it
      // at once race ("Unable to find Spring Environment in logger context"). In production each
      // instance is its own JVM; here their logging is left alone so that only migrate races.
      System.setProperty(LOGGING_SYSTEM, "none");
      try {
        List<Future<ConfigurableApplicationContext>> futures =
            pool.invokeAll(List.of(instance, instance, instance));
        for (Future<ConfigurableApplicationContext> future : futures) {
          started.add(future.get());
        }
      } finally {
        System.clearProperty(LOGGING_SYSTEM);
        started.forEach(ConfigurableApplicationContext::close);
        pool.shutdown();
      }

      assertThat(started).hasSize(3);
      assertThat(
              Apps.column(
                  db.url(),
                  db.user(),
                  db.password(),
                  "SELECT revision FROM migrate_history WHERE direction = 'upgrade' ORDER BY id"))
          .containsExactly("a1", "a2");
      assertThat(
              Apps.column(db.url(), db.user(), db.password(), "SELECT COUNT(*) FROM note"))
          .containsExactly("1");
    }
  }
}
