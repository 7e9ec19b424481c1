package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the goals print: each line once, the same listing as the CLI, the database announced only by
 * goals that connect, scripts named by their source path, applied details in verbose entries.
 */
class GoalOutputTest {
  private static final SettingsDecrypter NO_SERVERS =
      request -> {
        throw new AssertionError("no server expected");
      };
  private static final String EMBEDDED = "No database configured: using the embedded H2 database";

  @TempDir Path basedir;
  MojoHarness harness;
  Path scripts;

  @BeforeEach
  void setUp() throws Exception {
    harness = new MojoHarness(basedir);
    scripts = Files.createDirectories(basedir.resolve("src/main/resources/db/migrations"));
    write("1_a.sql", "a1", "", "create a");
    write("2_b.sql", "b2", "a1", "create b");
    write("3_c.sql", "c3", "a1", "create c");
  }

  private void write(String file, String id, String down, String message) throws Exception {
    Files.writeString(
        scripts.resolve(file),
        "-- revision: "
            + id
            + "\n-- down_revision: "
            + down
            + "\n-- message: "
            + message
            + "\n\n-- migrate:upgrade\nCREATE TABLE t_"
            + id
            + " (id INT);\n\n-- migrate:downgrade\nDROP TABLE t_"
            + id
            + ";\n");
  }

  private <T extends AbstractMigrateMojo> T goal(T mojo, String goal) {
    return harness.prepare(mojo, goal);
  }

  private List<String> run(AbstractMigrateMojo mojo) throws Exception {
    harness.lines.clear();
    mojo.execute();
    return List.copyOf(harness.lines);
  }

  @Test
  void stampPrintsEachStepOnce() throws Exception {
    run(goal(new UpgradeMojo(NO_SERVERS), "upgrade"));
    StampMojo stamp = goal(new StampMojo(NO_SERVERS), "stamp");
    MojoHarness.set(stamp, "target", List.of("a1"));

    List<String> lines = run(stamp);

    assertThat(lines).filteredOn(line -> line.contains("stamp_revision")).hasSize(1);
    assertThat(lines)
        .contains("[INFO] Running stamp_revision b2, c3 -> a1")
        .last()
        .asString()
        .startsWith("[INFO] Stamped 1 revision in ")
        .endsWith("heads: a1");
  }

  @Test
  void branchesPrintsAlembicsLayoutAsTheCliDoes() throws Exception {
    assertThat(run(goal(new BranchesMojo(NO_SERVERS), "branches")))
        .containsExactly(
            "[INFO] a1 (branchpoint)", "[INFO]    -> b2 (head)", "[INFO]    -> c3 (head)");

    BranchesMojo verbose = goal(new BranchesMojo(NO_SERVERS), "branches");
    MojoHarness.set(verbose, "verbose", true);
    assertThat(run(verbose))
        .startsWith("[INFO] Rev: a1 (branchpoint)")
        .endsWith("[INFO]    -> b2 (head), create b", "[INFO]    -> c3 (head), create c");
  }

  @Test
  void onlyGoalsThatConnectAnnounceTheEmbeddedDatabase() throws Exception {
    Path database = basedir.resolve("target/migrate/migrate.mv.db");
    ShowMojo show = goal(new ShowMojo(NO_SERVERS), "show");
    MojoHarness.set(show, "revision", "b2");
    for (AbstractMigrateMojo mojo :
        List.of(
            goal(new HeadsMojo(NO_SERVERS), "heads"),
            goal(new BranchesMojo(NO_SERVERS), "branches"),
            goal(new HistoryMojo(NO_SERVERS), "history"),
            show,
            goal(new ValidateMojo(NO_SERVERS), "validate"))) {
      assertThat(run(mojo))
          .as(mojo.getClass().getSimpleName())
          .isNotEmpty()
          .noneMatch(line -> line.contains(EMBEDDED) || line.contains("Database: "));
    }
    assertThat(database).doesNotExist();
    assertThat(run(goal(new ValidateMojo(NO_SERVERS), "validate")))
        .containsExactly(
            "[INFO] Scripts are consistent (no database configured, so no applied script was"
                + " compared)");

    assertThat(run(goal(new UpgradeMojo(NO_SERVERS), "upgrade")))
        .anyMatch(line -> line.startsWith("[INFO] " + EMBEDDED))
        .anyMatch(line -> line.startsWith("[INFO] Database: jdbc:h2:file:"));
    assertThat(database).exists();
    // Now there is a database to compare the applied scripts with, and validate reads it.
    assertThat(run(goal(new ValidateMojo(NO_SERVERS), "validate")))
        .anyMatch(line -> line.startsWith("[INFO] " + EMBEDDED))
        .contains("[INFO] Scripts and database are consistent");
    ShowMojo current = goal(new ShowMojo(NO_SERVERS), "show");
    MojoHarness.set(current, "revision", "current");
    assertThat(run(current))
        .anyMatch(line -> line.startsWith("[INFO] " + EMBEDDED))
        .contains("[INFO] Rev: b2 (head) (current)");
    assertThat(run(goal(new HeadsMojo(NO_SERVERS), "heads")))
        .containsExactly("[INFO] b2 (head)", "[INFO] c3 (head)");
  }

  @Test
  void scriptsInTheResourceDirectoryAreNamedByTheirSourcePath() throws Exception {
    HeadsMojo heads = goal(new HeadsMojo(NO_SERVERS), "heads");
    MojoHarness.set(heads, "verbose", true);
    assertThat(run(heads))
        .contains("[INFO] Path: src/main/resources/db/migrations/2_b.sql")
        .noneMatch(line -> line.contains("classpath:"));

    Files.writeString(scripts.resolve("4_bad.sql"), "-- revision: d4\n-- down_revision: c3\n");
    assertThatThrownBy(goal(new HeadsMojo(NO_SERVERS), "heads")::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("src/main/resources/db/migrations/4_bad.sql")
        .hasMessageNotContaining("classpath:");
  }

  @Test
  void verboseCurrentAndHistoryShowWhenByWhomAndHowLong() throws Exception {
    UpgradeMojo upgrade = goal(new UpgradeMojo(NO_SERVERS), "upgrade");
    MojoHarness.set(upgrade, "target", "b2");
    run(upgrade);
    String applied =
        "\\[INFO\\] Applied: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d by SA in \\d+ ms";

    CurrentMojo current = goal(new CurrentMojo(NO_SERVERS), "current");
    MojoHarness.set(current, "verbose", true);
    List<String> lines = run(current);
    assertThat(lines)
        .containsSubsequence(
            "[INFO] Rev: b2 (head) (current)",
            "[INFO] Path: src/main/resources/db/migrations/2_b.sql")
        .filteredOn(line -> line.matches(applied))
        .hasSize(1);
    assertThat(
            lines.get(lines.indexOf("[INFO] Path: src/main/resources/db/migrations/2_b.sql") + 1))
        .matches(applied);
    assertThat(run(goal(new CurrentMojo(NO_SERVERS), "current")))
        .endsWith("[INFO] b2 (head)")
        .noneMatch(line -> line.contains("Applied:"));

    HistoryMojo history = goal(new HistoryMojo(NO_SERVERS), "history");
    MojoHarness.set(history, "verbose", true);
    List<String> entries = run(history);
    assertThat(entries).filteredOn(line -> line.matches(applied)).hasSize(2);
    // c3 is not applied: no line after its path.
    assertThat(
            entries.get(
                entries.indexOf("[INFO] Path: src/main/resources/db/migrations/3_c.sql") + 1))
        .isEqualTo("[INFO] ");
    assertThat(
            entries.get(
                entries.indexOf("[INFO] Path: src/main/resources/db/migrations/1_a.sql") + 1))
        .matches(applied);
  }
}
