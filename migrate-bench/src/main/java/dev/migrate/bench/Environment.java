package dev.migrate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The versions and the machine, for the head of the results. */
final class Environment {
  private Environment() {}

  static String describe(Bench bench, int warmups, int runs) {
    StringBuilder out = new StringBuilder();
    out.append("# migrate benchmark, ").append(Instant.now()).append("\n\n");
    line(out, "machine", Runtime.getRuntime().availableProcessors() + " cores, load " + load());
    line(
        out, "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    line(out, "PostgreSQL", attempt(() -> bench.server().version()));
    line(out, "psql", attempt(() -> firstLine(List.of("psql", "--version"))));
    line(out, "Maven", attempt(() -> firstLine(List.of("mvn", "-B", "-v"))));
    line(out, "Flyway", MavenScenarios.FLYWAY_VERSION + " (core API, flyway-database-postgresql)");
    line(out, "Liquibase", attempt(liquibase.util.LiquibaseUtil::getBuildVersion));
    line(out, "PostgreSQL JDBC", MavenScenarios.POSTGRESQL_VERSION);
    line(
        out,
        "Alembic",
        attempt(
            () ->
                firstLine(
                    List.of(
                        "/usr/bin/python3",
                        "-c",
                        "import alembic, sqlalchemy; print(alembic.__version__,"
                            + " 'SQLAlchemy', sqlalchemy.__version__)"))));
    if (bench.baseline() != null) {
      line(out, "baseline", "the engine in " + bench.baseline().jar() + ", same rounds");
    }
    line(out, "rounds", warmups + " warm-up, " + runs + " measured, tools alternating");
    return out.toString();
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append("- ").append(key).append(": ").append(value).append('\n');
  }

  /** The load averages, for lines that report a measurement. */
  static String load() {
    return attempt(() -> Files.readString(Path.of("/proc/loadavg")).trim());
  }

  private static String firstLine(List<String> command) throws Exception {
    String text = Processes.check(Path.of("."), Map.of(), command).strip();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String attempt(Value value) {
    try {
      return value.get();
    } catch (Exception e) {
      return "unavailable (" + e.getMessage() + ")";
    }
  }

  @FunctionalInterface
  private interface Value {
    String get() throws Exception;
  }
}
