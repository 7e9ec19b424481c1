package dev.migrate.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18's start-up cost: a Spring Boot application with a DataSource (H2) started in a fresh JVM
 * with migrate-spring-boot-starter on its class path and without it, alternately, with nothing to
 * migrate. The database is an H2 file that the untimed set-up migrates once: an in-memory database
 * would be empty again in every new JVM, and the starter would then migrate instead of finding the
 * database at its heads. The first contender is the one with the starter, so the table's ratio is
 * with/without; {@link Targets} judges the paired difference.
 */
final class BootStartupScenario {
  static final String SCENARIO = "Spring Boot start-up, nothing to migrate";
  static final String WITH = "with migrate-spring-boot-starter";
  static final String WITHOUT = "without (same application)";

  private static final Pattern REPORTED =
      Pattern.compile("bench: uptime-ms=(\\d+) cpu-ms=(-?\\d+) starter-ms=(\\d+)");

  private final Bench bench;

  BootStartupScenario(Bench bench) {
    this.bench = bench;
  }

  ScenarioResult run(int revisions) throws Exception {
    Path target = bench.project().resolve("migrate-bench/target");
    List<String> boot = classPath(target.resolve("boot-classpath.txt"));
    List<String> engine = classPath(target.resolve("engine-classpath.txt"));
    String classes = target.resolve("classes").toString();
    // The application's own class path: Boot's jars, its classes, and either the starter with
    // the engine and the drivers it brings, or just H2.
    List<String> withStarter = new ArrayList<>(boot);
    withStarter.add(classes);
    withStarter.addAll(engine);
    List<String> starter =
        boot.stream().filter(jar -> jar.contains("migrate-spring-boot-")).toList();
    List<String> h2Jar = engine.stream().filter(jar -> jar.contains("/h2-")).toList();
    if (starter.size() != 2 || h2Jar.size() != 1) {
      throw new IllegalStateException("expected the starter's two jars and H2's: " + boot + engine);
    }
    List<String> withoutStarter = new ArrayList<>(boot);
    withoutStarter.removeAll(starter);
    withoutStarter.add(classes);
    withoutStarter.addAll(h2Jar);
    Workload w = bench.workload(revisions);
    Path h2 = bench.work().resolve("h2-boot-startup-" + revisions);
    Files.createDirectories(h2);
    Files.deleteIfExists(h2.resolve("db.mv.db"));
    List<String> args =
        List.of(
            "--spring.datasource.url=jdbc:h2:file:" + h2.toAbsolutePath().resolve("db"),
            "--migrate.locations=filesystem:" + w.ours().toAbsolutePath(),
            "--logging.level.root=WARN");
    // Untimed: brings the database to its heads, so that every timed start has nothing to do,
    // and proves that the two class paths differ in just the starter being active.
    Sample first = start(withStarter, args);
    expectStarterActive(true);
    bench.log().printf("  set-up: migrated %d revisions in %.3f s%n", revisions, first.seconds());
    start(withoutStarter, args);
    expectStarterActive(false);
    Map<String, List<long[]>> inside = new LinkedHashMap<>();
    inside.put(WITH, new ArrayList<>());
    inside.put(WITHOUT, new ArrayList<>());
    ScenarioResult result =
        bench
            .rounds()
            .run(
                SCENARIO + String.format(" (%d applied, whole process)", revisions),
                "",
                List.of(
                    new Simple(WITH, () -> timed(withStarter, args, inside.get(WITH))),
                    new Simple(WITHOUT, () -> timed(withoutStarter, args, inside.get(WITHOUT)))));
    int skip = bench.rounds().warmups();
    for (int field = 0; field < 2; field++) {
      List<Double> with = column(inside.get(WITH), field, skip);
      List<Double> without = column(inside.get(WITHOUT), field, skip);
      List<Double> differences = new ArrayList<>();
      for (int i = 0; i < Math.min(with.size(), without.size()); i++) {
        differences.add(with.get(i) - without.get(i));
      }
      bench
          .log()
          .printf(
              "  %s, medians: with %.0f ms, without %.0f ms; paired difference %+.0f ms,"
                  + " with/without %.2f%n",
              field == 0 ? "JVM uptime until the context was ready" : "process CPU time",
              Stats.median(with),
              Stats.median(without),
              Stats.median(differences),
              Stats.median(with) / Stats.median(without));
    }
    List<Double> starterBeans = column(inside.get(WITH), 2, skip);
    bench
        .log()
        .printf(
            "  inside the run with the starter, creating its beans (the engine's run included):"
                + " median %.0f ms, range %.0f-%.0f ms%n",
            Stats.median(starterBeans), Stats.min(starterBeans), Stats.max(starterBeans));
    return result;
  }

  /** A timed start that also keeps the uptime and CPU time the application reported. */
  private Sample timed(List<String> classPath, List<String> args, List<long[]> inside)
      throws Exception {
    Sample sample = start(classPath, args);
    Matcher m = REPORTED.matcher(Files.readString(bench.work().resolve("logs/last-process.log")));
    if (!m.find()) {
      throw new IllegalStateException("the application reported no times");
    }
    inside.add(
        new long[] {
          Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))
        });
    return sample;
  }

  private static List<Double> column(List<long[]> rows, int field, int skip) {
    return rows.stream().skip(skip).map(row -> (double) row[field]).toList();
  }

  private void expectStarterActive(boolean active) throws Exception {
    String output = Files.readString(bench.work().resolve("logs/last-process.log"));
    if (!output.contains("migrate starter active: " + active)) {
      throw new IllegalStateException("expected the starter active=" + active + ": " + output);
    }
  }

  private static List<String> classPath(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build with mvn -B -q package -DskipTests -pl migrate-bench -am");
    }
    return List.of(Files.readString(file).trim().split(File.pathSeparator));
  }

  /** A JVM running {@link BootStartupApp} on the class path. */
  private Sample start(List<String> classPath, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Bench.java());
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath));
    command.add(BootStartupApp.class.getName());
    command.addAll(args);
    return bench.processes().run(bench.work(), Map.of(), command);
  }
}
