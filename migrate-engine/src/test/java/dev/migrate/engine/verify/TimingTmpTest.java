package dev.migrate.engine.verify;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class TimingTmpTest {
  @Test
  void timing() {
    for (TestDatabase.Kind kind :
        new TestDatabase.Kind[] {TestDatabase.Kind.POSTGRESQL, TestDatabase.Kind.H2}) {
      try (TestDatabase db = TestDatabase.create(kind)) {
        Migrator m = Migrator.create(db.config().locations("classpath:verify/passing").build());
        for (int i = 0; i < 4; i++) {
          long s = System.nanoTime();
          var report = m.verify();
          System.out.println(
              "TIMING "
                  + kind
                  + " run "
                  + i
                  + ": "
                  + (System.nanoTime() - s) / 1_000_000
                  + " ms, passed="
                  + report.passed());
        }
      }
    }
  }
}
