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
 * startup} (issue 7's start-up cost), {@code guard} (issue 20: the distribution's {@code
 * bin/migrate} against Alembic), or {@code all}. Run it from the project's root after {@code mvn -B
 * -q package -DskipTests -pl migrate-bench,migrate-cli -am}.
 *
 * <p>{@code --baseline} names another build's bench jar (e.g. the commit a change started from):
 * {@code apply}, {@code noop} and {@code render} then run that build's engine as one more contender
 * in the same rounds, and {@code graph} runs that build's graph benchmark and ours alternately, so
 * that before and after are compared in one run.
 */
public final class Main {
  private static final List<String> ALL =
      List.of(
          "apply", "noop", "render", "graph", "lint", "cli", "heads", "startup", "maven", "guard");

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
        case "all" -> scenarios.addAll(ALL);
        case "-h", "--help" -> {
          usage(System.out);
          return;
        }
        default -> {
          if (ALL.contains(args[i])) {
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
        run(bench, scenario, report);
      } catch (Exception e) {
        log.println("  scenario " + scenario + " failed: " + e);
      }
      Files.writeString(out, header + "\n" + report.markdown());
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
            + " [--baseline OTHER-BUILD/migrate-bench.jar] SCENARIO...");
    out.println("scenarios: " + String.join(", ", ALL) + ", all");
  }
}
