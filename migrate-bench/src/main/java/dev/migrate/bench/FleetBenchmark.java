package dev.migrate.bench;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.common.Reporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Issue 19's fleet benchmark: S tenant schemas of one fresh database, each brought from empty to R
 * revisions, by our {@link Fleet} (one command, {@code parallel} targets at once) and by a loop
 * that calls Flyway's Java API once per schema (its documented way to migrate many schemas: a
 * history table per schema, the tenant as the default schema), with the same SQL. The schemas exist
 * before the clock starts, for both; every round uses a fresh database and alternates which
 * contender goes first. Prints each round's seconds, the medians and ours/Flyway as the median of
 * the per-round ratios.
 */
final class FleetBenchmark {
  private final PgServer server;
  private final Workload workload;
  private final int schemas;
  private final int parallel;
  private final PrintStream log;

  FleetBenchmark(
      PgServer server, Path work, int schemas, int revisions, int parallel, PrintStream log) {
    this.server = server;
    this.workload = Workload.generate(work.resolve("fleet-workload-" + revisions), revisions);
    this.schemas = schemas;
    this.parallel = parallel;
    this.log = log;
  }

  /** One warm-up round on a tenth of the schemas, then {@code runs} measured rounds. */
  void run(int runs) throws Exception {
    log.printf(
        Locale.ROOT,
        "fleet: %,d schemas x %d revisions, ours with parallel %d, Flyway one schema at a time%n",
        schemas,
        workload.size(),
        parallel);
    round(Math.max(1, schemas / 10), false, "warm-up");
    List<Double> ours = new ArrayList<>();
    List<Double> flyway = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] seconds = round(schemas, i % 2 == 1, "round " + (i + 1));
      ours.add(seconds[0]);
      flyway.add(seconds[1]);
      ratios.add(seconds[0] / seconds[1]);
    }
    log.printf(
        Locale.ROOT,
        "fleet: %,d schemas x %d revisions, median of %d rounds: ours %.2f s (%.2f-%.2f),"
            + " Flyway loop %.2f s (%.2f-%.2f), ours/Flyway %.3f (paired median)%n",
        schemas,
        workload.size(),
        runs,
        Stats.median(ours),
        Stats.min(ours),
        Stats.max(ours),
        Stats.median(flyway),
        Stats.min(flyway),
        Stats.max(flyway),
        Stats.median(ratios));
  }

  /** Seconds of ours and of Flyway's loop over {@code count} schemas, Flyway first if asked. */
  private double[] round(int count, boolean flywayFirst, String name) throws Exception {
    double[] seconds = new double[2];
    for (int turn = 0; turn < 2; turn++) {
      boolean isFlyway = (turn == 0) == flywayFirst;
      String database = server.createDatabase(isFlyway ? "fleetfw" : "fleetours");
      try {
        List<String> tenants = createSchemas(database, count);
        long start = System.nanoTime();
        if (isFlyway) {
          flywayLoop(database, tenants);
        } else {
          ours(database, tenants);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        verify(database, count);
        seconds[isFlyway ? 1 : 0] = elapsed;
      } finally {
        server.dropDatabase(database);
      }
    }
    log.printf(
        Locale.ROOT,
        "  %s (%,d schemas, %s first): ours %.2f s, Flyway loop %.2f s, ratio %.3f, load %s%n",
        name,
        count,
        flywayFirst ? "Flyway" : "ours",
        seconds[0],
        seconds[1],
        seconds[0] / seconds[1],
        Environment.load());
    return seconds;
  }

  private void ours(String database, List<String> tenants) {
    FleetResult result =
        Fleet.create(
                MigrateConfig.builder()
                    .url(server.jdbcUrl(database))
                    .user(server.user())
                    .locations("filesystem:" + workload.ours().toAbsolutePath())
                    .targets(tenants)
                    .parallel(parallel)
                    .reporter(Reporter.silent())
                    .build())
            .upgrade("heads");
    if (result.exitCode() != 0 || result.count(TargetResult.Outcome.CHANGED) != tenants.size()) {
      throw new IllegalStateException("our fleet failed: " + result.summary());
    }
  }

  private void flywayLoop(String database, List<String> tenants) {
    for (String tenant : tenants) {
      Flyway.configure()
          .dataSource(server.jdbcUrl(database), server.user(), "")
          .schemas(tenant)
          .defaultSchema(tenant)
          .locations("filesystem:" + workload.flyway().toAbsolutePath())
          .load()
          .migrate();
    }
  }

  private List<String> createSchemas(String database, int count) throws SQLException {
    List<String> tenants = new ArrayList<>();
    try (Connection c = server.connect(database);
        Statement s = c.createStatement()) {
      for (int i = 1; i <= count; i++) {
        String tenant = String.format(Locale.ROOT, "tenant_%04d", i);
        s.addBatch("CREATE SCHEMA " + tenant);
        tenants.add(tenant);
      }
      s.executeBatch();
    }
    return tenants;
  }

  /** Every schema holds the last revision's table with its row. */
  private void verify(String database, int count) throws SQLException {
    String last = "t" + workload.size();
    try (Connection c = server.connect(database);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE tablename = '"
                    + last
                    + "' AND schemaname LIKE 'tenant\\_%'")) {
      rows.next();
      if (rows.getInt(1) != count) {
        throw new IllegalStateException(
            "expected " + last + " in " + count + " schemas, found " + rows.getInt(1));
      }
    }
  }
}
