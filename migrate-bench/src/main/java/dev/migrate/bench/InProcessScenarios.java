package dev.migrate.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenarios 1-3: apply to an empty database, no-op, offline rendering; the tools in this JVM. */
final class InProcessScenarios {
  /** The row of the other build's engine ({@code --baseline}); its ratio is ours/baseline. */
  private static final String BASELINE = "baseline (engine)";

  private final Bench bench;

  InProcessScenarios(Bench bench) {
    this.bench = bench;
  }

  /** Scenario 1: N revisions to an empty database, each revision atomic. */
  ScenarioResult apply(int n) {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    List<Contender> contenders = new ArrayList<>();
    contenders.add(
        new OnFreshDatabase(
            "ours (engine)",
            "ours",
            pg,
            db -> InProcess.measure(() -> Ours.migrator(pg, db, w.ours()).upgrade("heads"))));
    Baseline baseline = bench.baseline();
    if (baseline != null) {
      contenders.add(
          new OnFreshDatabase(
              BASELINE,
              "baseline",
              pg,
              db -> InProcess.measure(() -> baseline.upgrade(pg, db, w.ours(), "heads"))));
    }
    contenders.addAll(
        List.of(
            new OnFreshDatabase(
                "Flyway core API",
                "flyway",
                pg,
                db -> InProcess.measure(() -> Peers.flywayMigrate(pg, db, w.flyway()))),
            new OnFreshDatabase(
                "Liquibase core API",
                "liquibase",
                pg,
                db -> InProcess.measure(() -> Peers.liquibaseUpdate(pg, db, w.liquibase()))),
            new OnFreshDatabase(
                "floor: psql -1 (one transaction)", "psql1", pg, db -> psql(db, w, true)),
            new OnFreshDatabase(
                "floor: psql autocommit", "psqlauto", pg, db -> psql(db, w, false))));
    return bench
        .rounds()
        .run(
            String.format("apply %,d to an empty database (in-process)", n),
            "wall time of the call; psql is a whole process",
            contenders);
  }

  /** Scenario 2: a run with nothing to do on a database holding all 1,000 revisions. */
  ScenarioResult noop(int n) throws Exception {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    Map<String, String> dbs = new LinkedHashMap<>();
    List<Contender> contenders = new ArrayList<>();
    try {
      String ours = fresh(dbs, "ours");
      contenders.add(
          ready(
              "ours (engine) upgrade",
              ours,
              () -> Ours.migrator(pg, ours, w.ours()).upgrade("heads"),
              () -> Ours.migrator(pg, ours, w.ours()).upgrade("heads")));
      contenders.add(
          ready(
              "ours (engine) current",
              ours,
              () -> {},
              () -> Ours.migrator(pg, ours, w.ours()).current()));
      Baseline baseline = bench.baseline();
      if (baseline != null) {
        String other = fresh(dbs, "baseline");
        contenders.add(
            ready(
                BASELINE + " upgrade",
                other,
                () -> baseline.upgrade(pg, other, w.ours(), "heads"),
                () -> baseline.upgrade(pg, other, w.ours(), "heads")));
        contenders.add(
            ready(
                BASELINE + " current",
                other,
                () -> {},
                () -> baseline.current(pg, other, w.ours())));
      }
      String flyway = fresh(dbs, "flyway");
      contenders.add(
          ready(
              "Flyway core API migrate",
              flyway,
              () -> Peers.flywayMigrate(pg, flyway, w.flyway()),
              () -> Peers.flywayMigrate(pg, flyway, w.flyway())));
      String liquibase = fresh(dbs, "liquibase");
      contenders.add(
          ready(
              "Liquibase core API update",
              liquibase,
              () -> Peers.liquibaseUpdate(pg, liquibase, w.liquibase()),
              () -> Peers.liquibaseUpdate(pg, liquibase, w.liquibase())));
      contenders.add(
          new Simple(
              "floor: JDBC connect + one query",
              () ->
                  InProcess.measure(
                      () -> {
                        try (Connection c = pg.connect(flyway);
                            Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT 1")) {
                          rs.next();
                        }
                      })));
      return bench
          .rounds()
          .run(
              String.format("no-op on an up-to-date database of %,d (in-process)", n),
              "each tool on its own database, brought up to date before the clock",
              contenders);
    } finally {
      for (String db : dbs.values()) {
        pg.dropDatabase(db);
      }
    }
  }

  /** Scenario 3: {@code upgradeSql("base:heads")} for PostgreSQL, offline. */
  ScenarioResult render(int n) {
    Workload w = bench.workload(n);
    int[] length = new int[1];
    List<Contender> contenders = new ArrayList<>();
    contenders.add(
        new Simple(
            "ours (engine) upgradeSql",
            () -> InProcess.measure(() -> length[0] = Ours.render(w.ours()).length())));
    Baseline baseline = bench.baseline();
    if (baseline != null) {
      contenders.add(
          new Simple(
              BASELINE + " upgradeSql", () -> InProcess.measure(() -> baseline.render(w.ours()))));
    }
    ScenarioResult r =
        bench
            .rounds()
            .run(
                String.format("render %,d revisions to SQL offline (in-process)", n),
                "Migrator.upgradeSql(\"base:heads\"), dialect postgresql, no database",
                contenders);
    bench.log().printf("  rendered %,d characters%n", length[0]);
    return r;
  }

  private String fresh(Map<String, String> dbs, String tag) throws Exception {
    String db = bench.server().createDatabase(tag);
    dbs.put(tag, db);
    return db;
  }

  /**
   * A contender on a database that its set-up brings up to date once, untimed; a set-up failure
   * surfaces as the contender's failure.
   */
  private static Contender ready(
      String name, String database, InProcess.Work setUp, InProcess.Work work) {
    return new Contender() {
      private Exception setUpFailure;
      private boolean done;

      @Override
      public String name() {
        return name;
      }

      @Override
      public void prepare() throws Exception {
        if (!done) {
          done = true;
          try {
            setUp.run();
          } catch (Exception e) {
            setUpFailure = e;
          }
        }
        if (setUpFailure != null) {
          throw setUpFailure;
        }
      }

      @Override
      public Sample run() throws Exception {
        return InProcess.measure(work);
      }
    };
  }

  private Sample psql(String db, Workload w, boolean oneTransaction) throws Exception {
    List<String> cmd = bench.server().psql(db, w.psqlScript(), oneTransaction);
    return bench.processes().run(bench.work(), Map.of(), cmd);
  }
}
