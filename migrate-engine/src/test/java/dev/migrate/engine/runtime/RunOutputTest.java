package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a changing run prints besides its steps: which database (masked, with where the URL came
 * from) and what the server said to the scripts.
 */
class RunOutputTest {
  @TempDir Path dir;

  @Test
  void postgresqlNoticesAndWarningsReachTheOutputAfterTheDatabaseLine() throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.write(
        "a",
        null,
        null,
        "DO $$ BEGIN RAISE NOTICE 'backfilled % rows', 3; RAISE WARNING 'slow index'; END $$;",
        "SELECT 1;");
    try (TestDatabase db = TestDatabase.postgres()) {
      List<String> lines = new ArrayList<>();
      Migrator.create(
              db.config()
                  .set(Setting.URL, db.url(), "environment variable DATABASE_URL")
                  .locations(scripts.location())
                  .reporter(Reporters.into(lines))
                  .build())
          .upgrade("heads");
      assertThat(lines.get(0))
          .startsWith("Database: " + db.url() + " (PostgreSQL ")
          .endsWith("), from environment variable DATABASE_URL");
      assertThat(lines).contains("Server: backfilled 3 rows", "WARN Server: slow index");
    }
  }

  @Test
  void mariadbWarningsReachTheOutput() throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.write("a", null, null, "DROP TABLE IF EXISTS no_such_table;", "SELECT 1;");
    try (TestDatabase db = TestDatabase.mariadb()) {
      List<String> lines = new ArrayList<>();
      Migrator.create(
              db.config().locations(scripts.location()).reporter(Reporters.into(lines)).build())
          .upgrade("heads");
      assertThat(lines.get(0)).startsWith("Database: ").contains("(MariaDB ");
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("Server: ", "no_such_table"));
    }
  }
}
