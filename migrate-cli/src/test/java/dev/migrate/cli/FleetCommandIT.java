package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet through the built jar on PostgreSQL: targets from a query and from a file, a line per
 * tenant, the summary, the JSON report, and the exit codes 0, 1 (a script error), 2 (bad input) and
 * 75 (the server unreachable before any target ran).
 */
class FleetCommandIT {
  @TempDir Path dir;

  @Test
  void upgradeStatusAndCheckOverTenantSchemas() throws IOException {
    String location = scripts();
    try (ItDatabase db = ItDatabase.create("postgresql", dir)) {
      JarRunner jar = new JarRunner(dir);
      List<String> base = List.of("--url", db.url(), "--locations", location);
      Files.write(dir.resolve("tenants.txt"), List.of("tenant_a", "tenant_b", "tenant_c"));
      // tenant_x is at r01 without its table: r02 fails there.
      run(jar, base, 0, "--targets", "tenant_x", "stamp", "r01");

      CliRun upgrade =
          run(
              jar,
              base,
              1,
              "--targets",
              "@tenants.txt,tenant_x",
              "--fleet-report",
              "out.json",
              "upgrade");
      assertThat(all(upgrade)).contains("tenant_a: upgraded 2 revisions");
      assertThat(all(upgrade))
          .contains("Fleet upgrade: 4 targets of 4")
          .contains("3 upgraded")
          .contains("tenant_x: FAILED at revision r02");
      assertThat(Files.readString(dir.resolve("out.json")))
          .contains("\"target\": \"tenant_x\", \"outcome\": \"FAILED\"");
      assertThat(db.strings("SELECT tenant FROM tenant_b.item")).containsExactly("tenant_b");

      String query = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%' ORDER BY 1";
      CliRun status = run(jar, base, 0, "--targets-query", query, "status");
      assertThat(all(status))
          .contains("tenant_c: up to date at r02", "tenant_x: at r01, 1 pending");
      run(jar, base, 1, "--targets-query", query, "check");
      run(jar, base, 2, "--targets", "not a schema", "upgrade");

      // Nothing listens on port 1: the query cannot run, and a retry may find the server up.
      CliRun down =
          run(
              jar,
              List.of("--url", "jdbc:postgresql://127.0.0.1:1/test", "--locations", location),
              75,
              "--targets-query",
              query,
              "status");
      assertThat(down.err()).contains("[retryable]");
    }
  }

  private static CliRun run(JarRunner jar, List<String> base, int exit, String... args) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(args));
    CliRun run = jar.run(all);
    assertThat(run.exitCode())
        .as("exit code of %s%nstdout:%n%s%nstderr:%n%s", all, run.out(), run.err())
        .isEqualTo(exit);
    return run;
  }

  private static String all(CliRun run) {
    return run.out() + run.err();
  }

  /** r01 creates item; r02 inserts the tenant's name, and fails where item has no tenant column. */
  private String scripts() throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("scripts"));
    Files.writeString(
        scripts.resolve("001-r01.sql"),
        "-- revision: r01\n-- down_revision:\n\n-- migrate:upgrade\n"
            + "CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, tenant VARCHAR(64));\n");
    Files.writeString(
        scripts.resolve("002-r02.sql"),
        "-- revision: r02\n-- down_revision: r01\n\n-- migrate:upgrade\n"
            + "INSERT INTO item (id, tenant) VALUES (2, '${tenant}');\n");
    return "filesystem:" + scripts.toAbsolutePath();
  }
}
