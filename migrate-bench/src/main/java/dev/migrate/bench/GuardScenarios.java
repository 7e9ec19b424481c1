package dev.migrate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 20's guard: the CLI as people install it ({@code bin/migrate} from the distribution, with
 * its class-data archive and the script header cache in their steady state) against Alembic, run
 * alternately on one graph of fork/merge diamonds written in both formats: {@code upgrade} with
 * nothing to do and {@code current} on PostgreSQL with 1,000 applied, {@code heads} and {@code
 * history} over 10,000. A third contender on the listings runs ours with the header cache emptied
 * before each run (the first run after a checkout), so that the cache's share shows.
 */
final class GuardScenarios {
  static final String NOOP = "guard: no-op upgrade, 1,000 applied (PostgreSQL, whole process)";
  static final String CURRENT = "guard: current, 1,000 applied (PostgreSQL, whole process)";
  static final String HEADS = "guard: heads on 10,000 in 50 diamonds (whole process)";
  static final String HISTORY = "guard: history on 10,000 in 50 diamonds (whole process)";

  private static final String PYTHON = "/usr/bin/python3";

  private final Bench bench;
  private final Path launcher;
  private final Path warmCache;
  private final Path coldCache;

  private GuardScenarios(Bench bench, Path launcher) {
    this.bench = bench;
    this.launcher = launcher;
    this.warmCache = bench.work().resolve("guard-cache/warm");
    this.coldCache = bench.work().resolve("guard-cache/cold");
  }

  /** Unpacks the built distribution afresh, so that its class-data archive is made in this run. */
  static GuardScenarios unpack(Bench bench) throws Exception {
    Path target = bench.project().resolve("migrate-cli/target");
    Path archive;
    try (var files = Files.list(target)) {
      archive =
          files
              .filter(p -> p.getFileName().toString().endsWith("-dist.tar.gz"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no distribution in "
                              + target
                              + "; build it with mvn package -pl migrate-cli -am"));
    }
    Path dir = bench.work().resolve("guard-dist");
    ProcessScenarios.deleteTree(dir);
    ProcessScenarios.deleteTree(bench.work().resolve("guard-cache"));
    Files.createDirectories(dir);
    Processes.check(dir, Map.of(), List.of("tar", "-xzf", archive.toString()));
    try (var homes = Files.list(dir)) {
      Path home = homes.findFirst().orElseThrow();
      return new GuardScenarios(bench, home.resolve("bin/migrate"));
    }
  }

  /** {@code upgrade} with nothing to do and {@code current}, on databases holding all 1,000. */
  List<ScenarioResult> database(int size) throws Exception {
    GraphWorkload w = workload(size, size / 200);
    PgServer pg = bench.server();
    Map<String, String> dbs = new LinkedHashMap<>();
    try {
      dbs.put("ours", pg.createDatabase("guard"));
      dbs.put("alembic", pg.createDatabase("guardalembic"));
      String ours = pg.jdbcUrl(dbs.get("ours"));
      String alembic = pg.sqlAlchemyUrl(dbs.get("alembic"));
      // Untimed: brings both up to date; ours also makes the class-data archive and the cache.
      ours(w, warmCache, "--url", ours, "--user", pg.user(), "upgrade");
      alembic(w, alembic, "upgrade", "heads");
      List<ScenarioResult> out = new ArrayList<>();
      out.add(
          bench
              .rounds()
              .run(
                  NOOP,
                  "bin/migrate against alembic, same graph",
                  List.of(
                      new Simple(
                          "ours: bin/migrate upgrade",
                          () -> ours(w, warmCache, "--url", ours, "--user", pg.user(), "upgrade")),
                      new Simple(
                          "Alembic upgrade heads",
                          () -> alembic(w, alembic, "upgrade", "heads")))));
      out.add(
          bench
              .rounds()
              .run(
                  CURRENT,
                  "",
                  List.of(
                      new Simple(
                          "ours: bin/migrate current",
                          () -> ours(w, warmCache, "--url", ours, "--user", pg.user(), "current")),
                      new Simple("Alembic current", () -> alembic(w, alembic, "current")))));
      return out;
    } finally {
      for (String db : dbs.values()) {
        pg.dropDatabase(db);
      }
    }
  }

  /** {@code heads} and {@code history} over the scripts alone. */
  List<ScenarioResult> listings(int size) throws Exception {
    GraphWorkload w = workload(size, 50);
    ours(w, warmCache, "heads"); // untimed: the archive and the cache's first fill
    List<ScenarioResult> out = new ArrayList<>();
    for (String command : List.of("heads", "history")) {
      out.add(
          bench
              .rounds()
              .run(
                  "heads".equals(command) ? HEADS : HISTORY,
                  "",
                  List.of(
                      new Simple("ours: bin/migrate " + command, () -> ours(w, warmCache, command)),
                      new Simple("Alembic " + command, () -> alembic(w, "unused", command)),
                      new ColdCache(
                          "ours: bin/migrate " + command + ", header cache cold", w, command))));
    }
    return out;
  }

  private GraphWorkload workload(int size, int diamonds) {
    return GraphWorkload.generate(
        bench.work().resolve("graph-" + size + "-" + diamonds), size, diamonds);
  }

  private Sample ours(GraphWorkload w, Path cache, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(launcher.toString(), "--locations", "filesystem:" + w.ours().toAbsolutePath()));
    cmd.addAll(List.of(args));
    return bench
        .processes()
        .run(
            bench.work(), Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", javaHome()), cmd);
  }

  private Sample alembic(GraphWorkload w, String url, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(PYTHON, "-m", "alembic", "-c", "alembic.ini"));
    cmd.addAll(List.of(args));
    return bench.processes().run(w.alembic(), Map.of("BENCH_DB_URL", url), cmd);
  }

  private static String javaHome() {
    return System.getProperty("java.home");
  }

  /** Ours with the header cache emptied before each run (untimed). */
  private final class ColdCache implements Contender {
    private final String name;
    private final GraphWorkload workload;
    private final String command;

    ColdCache(String name, GraphWorkload workload, String command) {
      this.name = name;
      this.workload = workload;
      this.command = command;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void prepare() throws Exception {
      ProcessScenarios.deleteTree(coldCache);
    }

    @Override
    public Sample run() throws Exception {
      return ours(workload, coldCache, command);
    }
  }
}
