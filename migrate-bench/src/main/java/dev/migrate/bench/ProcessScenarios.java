package dev.migrate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 5 without Maven: our CLI jar against Flyway's core API in a fresh JVM, Alembic (Debian's
 * python3-alembic, one transaction for everything, its default) and psql, each a whole process.
 */
final class ProcessScenarios {
  static final String ALEMBIC_PYTHON = "/usr/bin/python3";

  private final Bench bench;

  ProcessScenarios(Bench bench) {
    this.bench = bench;
  }

  static boolean alembicAvailable() {
    try {
      Processes.check(
          Path.of("."), Map.of(), List.of(ALEMBIC_PYTHON, "-c", "import alembic, psycopg2"));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Apply N to an empty database, whole processes. */
  ScenarioResult apply(int n) {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    List<Contender> c = new ArrayList<>();
    c.add(new OnFreshDatabase("ours: CLI jar upgrade", "cli", pg, db -> cli(db, w, "upgrade")));
    c.add(
        new OnFreshDatabase(
            "Flyway core API, fresh JVM", "flywayjvm", pg, db -> flywayJvm(db, w, "migrate")));
    if (alembicAvailable()) {
      c.add(
          new OnFreshDatabase(
              "Alembic upgrade head", "alembic", pg, db -> alembic(db, w, "upgrade", "head")));
    }
    c.add(new OnFreshDatabase("floor: psql -1", "psql1", pg, db -> psql(db, w)));
    return bench
        .rounds()
        .run(
            String.format("apply %,d to an empty database (whole process)", n),
            "one process per run, JVM start included",
            c);
  }

  /** No-op and {@code current} on a database holding all N, whole processes. */
  List<ScenarioResult> noop(int n) throws Exception {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    boolean alembic = alembicAvailable();
    Map<String, String> dbs = new LinkedHashMap<>();
    try {
      dbs.put("ours", pg.createDatabase("cli"));
      dbs.put("flyway", pg.createDatabase("flywayjvm"));
      List<Contender> upgrade = new ArrayList<>();
      List<Contender> current = new ArrayList<>();
      upgrade.add(new Simple("ours: CLI jar upgrade", () -> cli(dbs.get("ours"), w, "upgrade")));
      current.add(new Simple("ours: CLI jar current", () -> cli(dbs.get("ours"), w, "current")));
      upgrade.add(
          new Simple(
              "Flyway core API migrate, fresh JVM",
              () -> flywayJvm(dbs.get("flyway"), w, "migrate")));
      current.add(
          new Simple(
              "Flyway core API info, fresh JVM", () -> flywayJvm(dbs.get("flyway"), w, "info")));
      if (alembic) {
        dbs.put("alembic", pg.createDatabase("alembic"));
        upgrade.add(
            new Simple(
                "Alembic upgrade head", () -> alembic(dbs.get("alembic"), w, "upgrade", "head")));
        current.add(new Simple("Alembic current", () -> alembic(dbs.get("alembic"), w, "current")));
      }
      upgrade.add(
          new Simple(
              "floor: java -version",
              () ->
                  bench
                      .processes()
                      .run(bench.work(), Map.of(), List.of(Bench.java(), "-version"))));
      // Bring each database up to date once, untimed; a tool that cannot shows its error.
      quietly(() -> cli(dbs.get("ours"), w, "upgrade"));
      quietly(() -> flywayJvm(dbs.get("flyway"), w, "migrate"));
      if (alembic) {
        quietly(() -> alembic(dbs.get("alembic"), w, "upgrade", "head"));
      }
      List<ScenarioResult> out = new ArrayList<>();
      out.add(
          bench
              .rounds()
              .run(String.format("no-op upgrade, %,d applied (whole process)", n), "", upgrade));
      out.add(
          bench
              .rounds()
              .run(String.format("current, %,d applied (whole process)", n), "", current));
      return out;
    } finally {
      for (String db : dbs.values()) {
        pg.dropDatabase(db);
      }
    }
  }

  /** Issue 7's start-up cost: {@code current} on an up-to-date H2 file database of N. */
  ScenarioResult startup(int n) throws Exception {
    Workload w = bench.workload(n);
    Path h2 = bench.work().resolve("h2-startup-" + n);
    deleteTree(h2);
    String url = "jdbc:h2:file:" + h2.toAbsolutePath().resolve("db");
    quietly(() -> cliUrl(url, w, "upgrade"));
    return bench
        .rounds()
        .run(
            String.format("CLI start-up: current on H2, %,d applied (whole process)", n),
            "",
            List.of(
                new Simple("ours: CLI jar current (H2 file)", () -> cliUrl(url, w, "current")),
                new Simple(
                    "floor: java -version",
                    () ->
                        bench
                            .processes()
                            .run(bench.work(), Map.of(), List.of(Bench.java(), "-version")))));
  }

  /** {@code heads} over N script files, no database. */
  ScenarioResult heads(int n) {
    Workload w = bench.workload(n);
    List<Contender> c = new ArrayList<>();
    c.add(
        new Simple(
            "ours: CLI jar heads",
            () ->
                bench
                    .processes()
                    .run(
                        bench.work(),
                        Map.of(),
                        List.of(
                            Bench.java(),
                            "-jar",
                            bench.cliJar().toString(),
                            "--locations",
                            "filesystem:" + w.ours().toAbsolutePath(),
                            "heads"))));
    if (alembicAvailable()) {
      c.add(new Simple("Alembic heads", () -> alembic("unused", w, "heads")));
    }
    return bench
        .rounds()
        .run(String.format("heads over %,d script files (whole process)", n), "", c);
  }

  private Sample cli(String db, Workload w, String command) throws Exception {
    return cliUrl(bench.server().jdbcUrl(db), w, command);
  }

  private Sample cliUrl(String url, Workload w, String command) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Bench.java(),
                "-jar",
                bench.cliJar().toString(),
                "--url",
                url,
                "--locations",
                "filesystem:" + w.ours().toAbsolutePath()));
    if (url.startsWith("jdbc:postgresql:")) {
      cmd.addAll(List.of("--user", bench.server().user()));
    }
    cmd.add(command);
    return bench.processes().run(bench.work(), Map.of(), cmd);
  }

  private Sample flywayJvm(String db, Workload w, String command) throws Exception {
    return bench
        .processes()
        .run(
            bench.work(),
            Map.of(),
            List.of(
                Bench.java(),
                "-cp",
                bench.benchJar().toString(),
                FlywayMain.class.getName(),
                bench.server().jdbcUrl(db),
                bench.server().user(),
                w.flyway().toAbsolutePath().toString(),
                command));
  }

  private Sample alembic(String db, Workload w, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of(ALEMBIC_PYTHON, "-m", "alembic", "-c", "alembic.ini"));
    cmd.addAll(List.of(args));
    return bench
        .processes()
        .run(w.alembic(), Map.of("BENCH_DB_URL", bench.server().sqlAlchemyUrl(db)), cmd);
  }

  private Sample psql(String db, Workload w) throws Exception {
    List<String> cmd = bench.server().psql(db, w.psqlScript(), true);
    return bench.processes().run(bench.work(), Map.of(), cmd);
  }

  private void quietly(Simple.Work work) {
    try {
      work.run();
    } catch (Exception e) {
      bench.log().println("  set-up failed (the contender will show it): " + e.getMessage());
    }
  }

  static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
