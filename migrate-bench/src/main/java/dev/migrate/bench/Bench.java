package dev.migrate.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every scenario shares.
 *
 * @param server the PostgreSQL server under test
 * @param project the project's root directory (for the CLI jar and the Maven plugin)
 * @param work scratch directory for workloads, logs and the Maven repository
 * @param rounds the alternating runner
 * @param processes the whole-process runner
 * @param quick fewer rounds, smaller extras
 * @param log where progress goes
 * @param baseline another build's engine to run next to ours ({@code --baseline JAR}), or null
 */
record Bench(
    PgServer server,
    Path project,
    Path work,
    Rounds rounds,
    Processes processes,
    boolean quick,
    PrintStream log,
    Baseline baseline) {

  Workload workload(int size) {
    return Workload.generate(work.resolve("workload-" + size), size);
  }

  Path cliJar() {
    return project.resolve("migrate-cli/target/migrate-cli-0.1.0-SNAPSHOT.jar");
  }

  /** This benchmark's own jar, which carries Flyway and Liquibase for the whole-process runs. */
  Path benchJar() {
    return project.resolve("migrate-bench/target/migrate-bench.jar");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
