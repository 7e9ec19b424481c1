package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import dev.migrate.spring.boot.MigrateFailureAnalyzer;
import dev.migrate.spring.boot.it.plain.PlainApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** A failing revision stops the start, names itself, and leaves nothing half-applied. */
class FailureTest {

  @Test
  void failingRevisionStopsTheStartOnPostgresql() throws Exception {
    try (ScratchDatabase db = TestServers.scratch("postgresql")) {
      Throwable thrown =
          catchThrowable(
              () ->
                  Apps.start(
                      PlainApp.class,
                      "spring.datasource.url=" + db.url(),
                      "spring.datasource.username=" + db.user(),
                      "spring.datasource.password=" + db.password(),
                      Apps.NO_JPA,
                      "migrate.locations=classpath:db/broken"));

      assertThat(NestedExceptionUtils.getRootCause(thrown)).isNotNull();
      MigrationFailedException failed = causeOf(thrown);
      assertThat(failed.revision()).isEqualTo("b2");
      assertThat(failed.file()).endsWith("b2.sql");
      assertThat(failed.line()).isEqualTo(8);
      assertThat(failed.partlyApplied()).isFalse();

      FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(thrown);
      assertThat(analysis.getDescription()).contains("b2", "b2.sql", "8", "no_such_table");
      assertThat(analysis.getAction()).contains("b2.sql");

      assertThat(
              Apps.column(
                  db.url(), db.user(), db.password(), "SELECT version_num FROM migrate_version"))
          .containsExactly("b1");
      assertThat(Apps.tableExists(db.url(), db.user(), db.password(), "half_t")).isFalse();
    }
  }

  private static MigrationFailedException causeOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof MigrationFailedException failed) {
        return failed;
      }
    }
    throw new AssertionError("no MigrationFailedException in", thrown);
  }
}
