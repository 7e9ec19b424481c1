package dev.migrate.engine.runtime;

import dev.migrate.engine.MigrateConfig;
import dev.migrate.engine.RunResult;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.testing.FixedMigration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate runner process for the concurrency and crash tests: upgrades a linear chain of N
 * revisions, each of which writes its id into {@code side_effects}. Arguments: url user password
 * count [slowIndex slowSql]. Prints {@code APPLIED n} and exits 0, or prints the error and exits 1.
 */
public final class LinearRunnerMain {
  private LinearRunnerMain() {}

  public static void main(String[] args) {
    String url = args[0];
    String user = args[1];
    String password = args[2].equals("-") ? "" : args[2];
    int count = Integer.parseInt(args[3]);
    int slowIndex = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    String slowSql = args.length > 5 ? args[5] : null;
    List<FixedMigration> chain = chain(count, slowIndex, slowSql);
    MigrateConfig config =
        MigrateConfig.builder()
            .url(url)
            .user(user)
            .password(password)
            .lockTimeout(Duration.ofMinutes(3))
            .reporter(stdout())
            .build();
    try {
      RunResult result =
          new MigrationRuntime(config)
              .run(
                  "upgrade",
                  Plans.byId(chain),
                  MigrationRuntime.Mode.RUN,
                  rows -> plan(chain, rows));
      System.out.println("APPLIED " + result.steps().size());
      System.exit(0);
    } catch (RuntimeException e) {
      System.out.println("FAILED " + e.getMessage());
      System.exit(1);
    }
  }

  static List<FixedMigration> chain(int count, int slowIndex, String slowSql) {
    List<FixedMigration> chain = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = "r" + i;
      List<String> up = new ArrayList<>();
      if (i == 1) {
        up.add("CREATE TABLE side_effects (revision VARCHAR(32) NOT NULL)");
      }
      up.add("CREATE TABLE t_" + id + " (id INT PRIMARY KEY)");
      if (i == slowIndex) {
        up.add(slowSql);
      }
      up.add("INSERT INTO side_effects (revision) VALUES ('" + id + "')");
      chain.add(FixedMigration.of(id, i == 1 ? null : "r" + (i - 1), up, List.of()));
    }
    return chain;
  }

  /** The rest of the chain after the single row (or all of it from base). */
  static Plan plan(List<FixedMigration> chain, List<String> rows) {
    if (rows.isEmpty()) {
      return Plans.upgrade(null, chain);
    }
    int at = Integer.parseInt(rows.get(0).substring(1));
    return Plans.upgrade(rows.get(0), chain.subList(at, chain.size()));
  }

  private static Reporter stdout() {
    return new Reporter() {
      @Override
      public void info(String message) {
        System.out.println(message);
      }

      @Override
      public void warn(String message) {
        System.out.println("WARN " + message);
      }

      @Override
      public void debug(String message) {}
    };
  }
}
