package dev.migrate.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks of issue 8 and prints one Markdown table.
 *
 * <pre>
 * java -jar migrate-bench/target/migrate-bench.jar [--quick] [--runs N] [--warmups N]
 *     [--pg HOST:PORT] [--user U] [--admin-db DB] [--work DIR] [--out FILE]
 *     [--baseline OTHER-BUILD/migrate-bench.jar] SCENARIO...
 * </pre>
 *
 * Scenarios: {@code apply} (1), {@code noop} (2), {@code render} (3), {@code graph} (4), {@code
 * lint} (4b: lint of 10,000 revisions), {@code cli}, {@code heads} and {@code maven} (5), {@code
 * startup} (issue 7's start-up cost), {@code autogen} (8: autogenerate 1,000 tables against
 * Alembic's), {@code boot} (9: the Spring Boot starter's share of an application's start-up),
 * {@code guard} (10, issue 20: the distribution's {@code bin/migrate} against Alembic), or {@code
 * all}; and {@code fleet} (issue 19: {@code --schemas S} tenant schemas, default 1,000, of {@code
 * --revisions R} revisions, default 20, ours with {@code --parallel P}, default 8, against a Flyway
 * loop), which {@code all} leaves out. Run it from the project's root after {@code mvn -B -q
 * package -DskipTests -pl migrate-bench,migrate-cli -am}.
 *
 * <p>{@code --baseline} names another build's bench jar (e.g. the commit a change started from):
 * {@code apply}, {@code noop} and {@code render} then run that build's engine as one more contender
 * in the same rounds, and {@code graph} runs that build's graph benchmark and ours alternately, so
 * that before and after are compared in one run.
 */
public final class Main {
  private static final List<String> ALL =
      List.of(
          "apply", "noop", "render", "graph", "lint", "cli", "heads", "startup", "autogen", "boot",
          "maven", "guard");

  /** Named only: a full fleet run takes many minutes, most of them in Flyway's loop. */
  private static final String FLEET = "fleet";

  private Main() {}

  public static void main(String[] args) throws Exception {
    int runs = 5;
    int warmups = 1;
    boolean quick = false;
    String pg = "127.0.0.1:5432";
    String user = "postgres";
    String adminDb = "test";
    Path project = Path.of("").toAbsolutePath();
    Path work = null;
    Path out = null;
    Path baselineJar = null;
    int schemas = 1000;
    int revisions = 20;
    int parallel = 8;
    Set<String> scenarios = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        case "--pg" -> pg = args[++i];
        case "--user" -> user = args[++i];
        case "--admin-db" -> adminDb = args[++i];
        case "--project" -> project = Path.of(args[++i]).toAbsolutePath();
        case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
        case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
        case "--baseline" -> baselineJar = Path.of(args[++i]).toAbsolutePath();
        case "--schemas" -> schemas = Integer.parseInt(args[++i]);
        case "--revisions" -> revisions = Integer.parseInt(args[++i]);
        case "--parallel" -> parallel = Integer.parseInt(args[++i]);
        case "all" -> scenarios.addAll(ALL);
        case "-h", "--help" -> {
          usage(System.out);
          return;
        }
        default -> {
          if (ALL.contains(args[i]) || FLEET.equals(args[i])) {
            scenarios.add(args[i]);
          } else {
            System.err.println("unknown scenario or option: " + args[i]);
            usage(System.err);
            System.exit(2);
          }
        }
      }
    }
    if (scenarios.isEmpty()) {
      usage(System.err);
      System.exit(2);
    }
    if (quick) {
      runs = Math.min(runs, 3);
    }
    if (work == null) {
      work = project.resolve("migrate-bench/target/bench-work");
    }
    if (out == null) {
      out = project.resolve("migrate-bench/target/bench-results.md");
    }
    Files.createDirectories(work);
    String[] hostPort = pg.split(":");
    PgServer server = new PgServer(hostPort[0], Integer.parseInt(hostPort[1]), user, adminDb);
    PrintStream log = System.out;
    Baseline baseline = baselineJar == null ? null : Baseline.load(baselineJar);
    Bench bench =
        new Bench(
            server,
            project,
            work,
            new Rounds(warmups, runs, log),
            new Processes(work.resolve("logs")),
            quick,
            log,
            baseline);
    Peers.quiet();
    Report report = new Report();
    String header = Environment.describe(bench, warmups, runs);
    log.println(header);
    for (String scenario : scenarios) {
      log.println("== " + scenario);
      try {
        if (FLEET.equals(scenario)) {
          new FleetBenchmark(server, work, schemas, revisions, parallel, log).run(runs);
          continue;
        }
        run(bench, scenario, report);
      } catch (Exception e) {
        log.println("  scenario " + scenario + " failed: " + e);
      }
      Files.writeString(out, header + "\n" + report.markdown());
    }
    if (scenarios.equals(Set.of(FLEET))) {
      // The fleet scenario prints its own figures; the table and issue 8's targets would be empty.
      return;
    }
    log.println();
    log.println(report.markdown());
    log.println(Targets.check(report));
    Files.writeString(out, header + "\n" + report.markdown() + "\n" + Targets.check(report));
    log.println("written to " + out + " at " + Instant.now());
  }

  private static void run(Bench bench, String scenario, Report report) throws Exception {
    InProcessScenarios inProcess = new InProcessScenarios(bench);
    ProcessScenarios processes = new ProcessScenarios(bench);
    int big = 1000;
    switch (scenario) {
      case "apply" -> {
        report.add(inProcess.apply(100));
        report.add(inProcess.apply(big));
      }
      case "noop" -> report.add(inProcess.noop(big));
      case "render" -> report.add(inProcess.render(big));
      case "graph" -> graph(bench);
      case "lint" -> LintBenchmark.run(new String[] {"10000", bench.quick() ? "5" : "9"});
      case "cli" -> {
        report.add(processes.apply(big));
        processes.noop(big).forEach(report::add);
      }
      case "heads" -> report.add(processes.heads(bench.quick() ? 2000 : 10000));
      case "startup" -> report.add(processes.startup(100));
      case "autogen" -> {
        AutogenScenario autogen = new AutogenScenario(bench);
        int tables = bench.quick() ? 200 : 1000;
        report.add(autogen.run(tables, tables * 9 / 10, false));
        report.add(autogen.run(tables, tables * 9 / 10, true));
      }
      case "boot" -> report.add(new BootStartupScenario(bench).run(20));
      case "guard" -> {
        GuardScenarios guard = GuardScenarios.unpack(bench);
        guard.database(1000).forEach(report::add);
        guard.listings(bench.quick() ? 2000 : 10000).forEach(report::add);
      }
      case "maven" -> {
        MavenScenarios maven = new MavenScenarios(bench);
        maven.setUp();
        maven.resolvePlugins();
        report.add(maven.apply(big));
        report.add(maven.noop(big));
      }
      default -> throw new IllegalArgumentException(scenario);
    }
  }

  /**
   * Scenario 4 is the graph's own benchmark (10,000 revisions: build, plan, list, load from files),
   * which prints its own table; it takes positional {@code [revisions] [runs]}.
   */
  private static void graph(Bench bench) throws Exception {
    String[] args = {"10000", bench.quick() ? "5" : "15"};
    if (bench.baseline() == null) {
      GraphBenchmark.run(args);
      return;
    }
    // Alternated twice, so that neither build always runs on the calmer machine.
    for (int pass = 1; pass <= 2; pass++) {
      bench.log().printf("-- graph pass %d: baseline (%s)%n", pass, bench.baseline().jar());
      bench.baseline().graphBenchmark(args);
      bench.log().printf("-- graph pass %d: ours%n", pass);
      GraphBenchmark.run(args);
    }
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: java -jar migrate-bench.jar [--quick] [--runs N] [--warmups N] [--pg HOST:PORT]"
            + " [--user U] [--admin-db DB] [--project DIR] [--work DIR] [--out FILE]"
            + " [--baseline OTHER-BUILD/migrate-bench.jar] [--schemas S] [--revisions R]"
            + " [--parallel P] SCENARIO...");
    out.println("scenarios: " + String.join(", ", ALL) + ", all; " + FLEET + " (not in all)");
  }
}
