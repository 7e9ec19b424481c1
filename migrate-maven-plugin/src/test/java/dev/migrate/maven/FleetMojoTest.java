package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet goals over schemas of the embedded H2 database: a line per target, the summary, and how
 * the result ends the build (a failed target breaks it, {@code check} findings fail it).
 */
class FleetMojoTest {
  private static final SettingsDecrypter NO_SERVERS =
      request -> {
        throw new AssertionError("no server expected");
      };

  @TempDir Path basedir;
  MojoHarness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new MojoHarness(basedir);
    Path scripts = Files.createDirectories(basedir.resolve("src/main/resources/db/migrations"));
    Files.writeString(
        scripts.resolve("001-r01.sql"),
        "-- revision: r01\n-- down_revision:\n\n-- migrate:upgrade\n"
            + "CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, tenant VARCHAR(64));\n"
            + "-- migrate:downgrade\nDROP TABLE item;\n");
    Files.writeString(
        scripts.resolve("002-r02.sql"),
        "-- revision: r02\n-- down_revision: r01\n\n-- migrate:upgrade\n"
            + "INSERT INTO item (id, tenant) VALUES (2, '${tenant}');\n"
            + "-- migrate:downgrade\nDELETE FROM item WHERE id = 2;\n");
  }

  @Test
  void upgradeRunsEveryTargetPrintsItsLineAndTheSummaryThenStatusFindsThemUpToDate()
      throws Exception {
    harness.userProperties.setProperty("migrate.targets", "tenant_a,tenant_b,tenant_c");
    harness.userProperties.setProperty("migrate.parallel", "2");

    upgrade().execute();

    assertThat(harness.lines)
        .anyMatch(line -> line.startsWith("[INFO] tenant_a: upgraded 2 revisions"))
        .anyMatch(line -> line.startsWith("[INFO] tenant_c: upgraded 2 revisions"))
        .anyMatch(
            line -> line.contains("Fleet upgrade: 3 targets of 3") && line.contains("3 upgraded"));
    assertThat(tenants("tenant_b")).containsExactly("tenant_b");

    harness.lines.clear();
    harness.prepare(new StatusMojo(NO_SERVERS), "status").execute();
    assertThat(harness.lines)
        .anyMatch(
            line -> line.contains("Fleet status: 3 targets of 3") && line.contains("3 up to date"))
        .anyMatch(line -> line.startsWith("[INFO] tenant_a: up to date at r02"));
  }

  @Test
  void aFailedTargetBreaksTheBuildNamingItAfterTheOthersFinished() throws Exception {
    harness.userProperties.setProperty("migrate.targets", "tenant_x");
    StampMojo stamp = harness.prepare(new StampMojo(NO_SERVERS), "stamp");
    MojoHarness.set(stamp, "target", List.of("r01"));
    stamp.execute();

    harness.userProperties.setProperty("migrate.targets", "tenant_a,tenant_x,tenant_b");
    assertThatThrownBy(upgrade()::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("Fleet upgrade: 3 targets of 3")
        .hasMessageContaining("1 failed")
        .hasMessageEndingWith("failed: tenant_x");
    assertThat(harness.lines)
        .anyMatch(line -> line.startsWith("[ERROR]   tenant_x: FAILED at revision r02"));
    assertThat(tenants("tenant_a")).containsExactly("tenant_a");
    assertThat(tenants("tenant_b")).containsExactly("tenant_b");
  }

  @Test
  void checkFailsTheBuildNamingTheTargetsBehindADowngrade() throws Exception {
    harness.userProperties.setProperty("migrate.targets", "tenant_a,tenant_b");
    upgrade().execute();
    harness.userProperties.setProperty("migrate.targets", "tenant_b");
    DowngradeMojo downgrade = harness.prepare(new DowngradeMojo(NO_SERVERS), "downgrade");
    MojoHarness.set(downgrade, "target", "-1");
    downgrade.execute();
    assertThat(tenants("tenant_b")).isEmpty();

    harness.userProperties.setProperty("migrate.targets", "tenant_a,tenant_b");
    assertThatThrownBy(harness.prepare(new CheckMojo(NO_SERVERS), "check")::execute)
        .isExactlyInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Fleet check: 2 targets of 2")
        .hasMessageEndingWith("not up to date: tenant_b");
  }

  @Test
  void goalsThatDoNotRunOverAFleetRefuseOne() {
    harness.userProperties.setProperty("migrate.targets", "tenant_a");

    assertThatThrownBy(harness.prepare(new HistoryMojo(NO_SERVERS), "history")::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "targets and targetsQuery work with upgrade, downgrade, stamp, current, status and"
                + " check, not with migrate:history");
  }

  private UpgradeMojo upgrade() {
    UpgradeMojo mojo = harness.prepare(new UpgradeMojo(NO_SERVERS), "upgrade");
    MojoHarness.set(mojo, "target", "heads");
    return mojo;
  }

  /** The tenant column of a schema's item table, read from the embedded database. */
  private List<String> tenants(String schema) throws SQLException {
    String url = "jdbc:h2:file:" + basedir.resolve("target/migrate/migrate").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT tenant FROM " + schema + ".item ORDER BY id")) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
