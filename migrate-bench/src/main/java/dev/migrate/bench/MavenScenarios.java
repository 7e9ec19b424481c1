package dev.migrate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario 5 with Maven: {@code mvn migrate:upgrade} against {@code mvn flyway:migrate} and {@code
 * mvn liquibase:update} on the same revisions, each a whole {@code mvn -o} process, with {@code mvn
 * validate} on an empty pom as Maven's own floor.
 *
 * <p>Our plugin is installed into a repository of the benchmark's own under its work directory,
 * never into ~/.m2: that repository links every group of ~/.m2 except {@code dev/migrate}, so the
 * third-party artifacts are shared and ours stay private.
 */
final class MavenScenarios {
  static final String FLYWAY_VERSION = "12.10.0";
  static final String LIQUIBASE_VERSION = "5.0.4";
  static final String POSTGRESQL_VERSION = "42.7.13";
  static final String MAVEN_FLOOR = "floor: mvn validate (empty pom)";
  static final String SERVER_FLOOR = "floor: psql -1 (the server's DDL time)";

  private final Bench bench;
  private final Path repo;
  private final Path poms;

  MavenScenarios(Bench bench) {
    this.bench = bench;
    this.repo = bench.work().resolve("maven-repo");
    this.poms = bench.work().resolve("maven-projects");
  }

  /**
   * Links the shared repository, installs our plugin into the private one (online, so that a fresh
   * machine gets the install plugin; what ~/.m2 has is not downloaded again), writes the poms.
   */
  void setUp() throws Exception {
    Path shared = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Files.createDirectories(repo.resolve("dev"));
    link(shared, repo, "dev");
    link(shared.resolve("dev"), repo.resolve("dev"), "migrate");
    bench.log().println("  installing our plugin into " + repo);
    Processes.check(
        bench.project(),
        Map.of(),
        List.of(
            "mvn",
            "-B",
            "-q",
            "install",
            "-DskipTests",
            "-Dspotless.check.skip=true",
            "-Dmaven.repo.local=" + repo.toAbsolutePath(),
            "-pl",
            "migrate-maven-plugin",
            "-am"));
    write("ours", plugin("dev.migrate", "migrate-maven-plugin", "0.1.0-SNAPSHOT", ""));
    write(
        "flyway",
        plugin(
            "org.flywaydb",
            "flyway-maven-plugin",
            FLYWAY_VERSION,
            dependency("org.flywaydb", "flyway-database-postgresql", FLYWAY_VERSION)
                + dependency("org.postgresql", "postgresql", POSTGRESQL_VERSION)));
    write(
        "liquibase",
        plugin(
            "org.liquibase",
            "liquibase-maven-plugin",
            LIQUIBASE_VERSION,
            dependency("org.postgresql", "postgresql", POSTGRESQL_VERSION)));
    write("empty", "");
  }

  /**
   * Runs every goal once online on a throw-away database, so that plugins missing from ~/.m2 are
   * downloaded before the offline, timed runs.
   */
  void resolvePlugins() throws Exception {
    Workload w = bench.workload(1);
    for (String tool : List.of("ours", "flyway", "liquibase")) {
      String db = bench.server().createDatabase("mvn" + tool);
      try {
        Processes.check(poms.resolve(tool), Map.of(), goal(tool, db, w, false));
      } catch (Exception e) {
        bench.log().println("  resolving " + tool + " failed: " + e.getMessage());
      } finally {
        bench.server().dropDatabase(db);
      }
    }
  }

  ScenarioResult apply(int n) {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    List<Contender> c = new ArrayList<>();
    for (String tool : List.of("ours", "flyway", "liquibase")) {
      c.add(new OnFreshDatabase(label(tool), "mvn" + tool, pg, db -> mvn(tool, db, w)));
    }
    c.add(floor());
    // The server's own time for the same DDL: with Maven's floor, a bound no plugin can beat.
    c.add(
        new OnFreshDatabase(
            SERVER_FLOOR,
            "mvnpsql",
            pg,
            db ->
                bench.processes().run(bench.work(), Map.of(), pg.psql(db, w.psqlScript(), true))));
    return bench
        .rounds()
        .run(
            String.format("apply %,d to an empty database: mvn (whole process)", n),
            "mvn -B -q -o, one process per run",
            c);
  }

  ScenarioResult noop(int n) throws Exception {
    Workload w = bench.workload(n);
    PgServer pg = bench.server();
    Map<String, String> dbs = new LinkedHashMap<>();
    try {
      List<Contender> c = new ArrayList<>();
      for (String tool : List.of("ours", "flyway", "liquibase")) {
        String db = pg.createDatabase("mvn" + tool);
        dbs.put(tool, db);
        try {
          mvn(tool, db, w);
        } catch (Exception e) {
          bench.log().println("  set-up of " + tool + " failed: " + e.getMessage());
        }
        c.add(new Simple(label(tool), () -> mvn(tool, db, w)));
      }
      c.add(floor());
      return bench.rounds().run(String.format("no-op, %,d applied: mvn (whole process)", n), "", c);
    } finally {
      for (String db : dbs.values()) {
        pg.dropDatabase(db);
      }
    }
  }

  private Contender floor() {
    return new Simple(
        MAVEN_FLOOR,
        () ->
            bench
                .processes()
                .run(
                    poms.resolve("empty"),
                    Map.of(),
                    List.of(
                        "mvn",
                        "-B",
                        "-q",
                        "-o",
                        "-Dmaven.repo.local=" + repo.toAbsolutePath(),
                        "validate")));
  }

  private static String label(String tool) {
    return switch (tool) {
      case "ours" -> "ours: mvn migrate:upgrade";
      case "flyway" -> "mvn flyway:migrate";
      default -> "mvn liquibase:update";
    };
  }

  private Sample mvn(String tool, String db, Workload w) throws Exception {
    return bench.processes().run(poms.resolve(tool), Map.of(), goal(tool, db, w, true));
  }

  private List<String> goal(String tool, String db, Workload w, boolean offline) {
    String url = bench.server().jdbcUrl(db);
    String user = bench.server().user();
    List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q"));
    if (offline) {
      cmd.add("-o");
    }
    cmd.add("-Dmaven.repo.local=" + repo.toAbsolutePath());
    switch (tool) {
      case "ours" ->
          cmd.addAll(
              List.of(
                  "migrate:upgrade",
                  "-Dmigrate.url=" + url,
                  "-Dmigrate.user=" + user,
                  "-Dmigrate.locations=filesystem:" + w.ours().toAbsolutePath()));
      case "flyway" ->
          cmd.addAll(
              List.of(
                  "flyway:migrate",
                  "-Dflyway.url=" + url,
                  "-Dflyway.user=" + user,
                  "-Dflyway.password=",
                  "-Dflyway.locations=filesystem:" + w.flyway().toAbsolutePath()));
      default ->
          cmd.addAll(
              List.of(
                  "liquibase:update",
                  "-Dliquibase.url=" + url,
                  "-Dliquibase.username=" + user,
                  "-Dliquibase.password=",
                  "-Dliquibase.searchPath=" + w.liquibase().toAbsolutePath(),
                  "-Dliquibase.changeLogFile=changelog.sql",
                  "-Dliquibase.analytics.enabled=false",
                  "-Dliquibase.showBanner=false"));
    }
    return cmd;
  }

  private void write(String name, String plugins) throws Exception {
    Path dir = poms.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("pom.xml"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>bench-%s</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>%s</plugins>
          </build>
        </project>
        """
            .formatted(name, plugins));
  }

  private static String plugin(String group, String artifact, String version, String deps) {
    return "<plugin><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><dependencies>%s</dependencies></plugin>"
        .formatted(group, artifact, version, deps);
  }

  private static String dependency(String group, String artifact, String version) {
    return "<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>"
        .formatted(group, artifact, version);
  }

  /** Links every entry of {@code from} into {@code to} except {@code except}, once. */
  private static void link(Path from, Path to, String except) throws Exception {
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        Path target = to.resolve(name);
        if (!name.equals(except)
            && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(target, entry);
        }
      }
    }
  }
}
