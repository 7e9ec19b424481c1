package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI prints, in process: each line once, the listings the Maven goals print, the database
 * line only from commands that connect, and the applied details of verbose entries.
 */
class OutputConsistencyTest {
  // No user is given, so H2's current user is empty and the line names none.
  private static final String APPLIED =
      "Applied: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d in \\d+ ms";

  @TempDir Path dir;
  String url;

  @BeforeEach
  void scripts() throws Exception {
    Files.createDirectories(dir.resolve("db/migrations"));
    write("1_a.sql", "a1", "", "create a");
    write("2_b.sql", "b2", "a1", "create b");
    write("3_c.sql", "c3", "a1", "create c");
    url = "jdbc:h2:file:" + dir.resolve("h2/db").toAbsolutePath();
  }

  private void write(String file, String id, String down, String message) throws Exception {
    Files.writeString(
        dir.resolve("db/migrations").resolve(file),
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

  private CliRun migrate(int exitCode, String... args) {
    CliRun run = CliRun.run(dir, Map.of(), args);
    assertThat(run.exitCode())
        .as(String.join(" ", args) + "\n" + run.out() + run.err())
        .isEqualTo(exitCode);
    return run;
  }

  private CliRun online(int exitCode, String... args) {
    List<String> all = new ArrayList<>(List.of("--url", url));
    all.addAll(List.of(args));
    return migrate(exitCode, all.toArray(String[]::new));
  }

  @Test
  void branchesPrintsAlembicsLayoutAsTheMavenGoalDoes() {
    assertThat(migrate(0, "branches").outLines())
        .containsExactly("a1 (branchpoint)", "   -> b2 (head)", "   -> c3 (head)");
    assertThat(migrate(0, "branches", "--verbose").outLines())
        .startsWith("Rev: a1 (branchpoint)")
        .endsWith("   -> b2 (head), create b", "   -> c3 (head), create c");
  }

  @Test
  void verifyPrintsEachCheckOnceAndEachFailureOnce() throws Exception {
    CliRun failed = migrate(1, "verify");
    assertThat(failed.outLines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("verify: "))
        .doesNotHaveDuplicates();
    assertThat(failed.errLines())
        .filteredOn(line -> line.contains("the scripts have 2 heads"))
        .singleElement()
        .asString()
        .startsWith("WARNING: verify: FAILED: ");
    assertThat(failed.errLines()).last().isEqualTo("ERROR: verify found 1 problem");

    write("4_m.sql", "d4", "b2, c3", "merge");
    CliRun passed = migrate(0, "verify");
    List<String> out = passed.outLines();
    assertThat(out.subList(0, out.size() - 1))
        .allSatisfy(line -> assertThat(line).startsWith("verify: "))
        .doesNotHaveDuplicates()
        .anySatisfy(line -> assertThat(line).startsWith("verify: staircase b2"));
    assertThat(out).last().asString().startsWith("Verified ");
    assertThat(passed.err()).isEmpty();
  }

  @Test
  void onlyCommandsThatChangeTheDatabasePrintItsLine() {
    for (String[] command :
        List.of(
            new String[] {"heads"},
            new String[] {"branches"},
            new String[] {"history"},
            new String[] {"show", "b2"},
            new String[] {"validate"})) {
      CliRun run = migrate(0, command);
      assertThat(run.out() + run.err()).as(command[0]).doesNotContain("Database: ", "H2");
    }
    assertThat(migrate(0, "validate").outLines())
        .containsExactly(
            "Scripts are consistent (no database configured, so no applied script was compared)");
    assertThat(online(0, "upgrade", "b2").outLines()).first().asString().startsWith("Database: ");
    assertThat(online(0, "validate").outLines())
        .containsExactly("Scripts and database are consistent");
    assertThat(online(0, "current").outLines()).containsExactly("b2 (head)");
    assertThat(online(0, "heads").outLines()).containsExactly("b2 (head)", "c3 (head)");
  }

  @Test
  void verboseCurrentAndHistoryShowWhenByWhomAndHowLong() {
    online(0, "upgrade", "b2");

    List<String> current = online(0, "current", "--verbose").outLines();
    assertThat(current).first().isEqualTo("Rev: b2 (head) (current)");
    int path = current.indexOf("Path: db/migrations/2_b.sql");
    assertThat(current.get(path + 1)).matches(APPLIED);
    assertThat(current).filteredOn(line -> line.startsWith("Applied:")).hasSize(1);
    assertThat(online(0, "current").outLines()).containsExactly("b2 (head)");

    List<String> history = online(0, "history", "--verbose").outLines();
    assertThat(history).filteredOn(line -> line.matches(APPLIED)).hasSize(2);
    assertThat(history.get(history.indexOf("Path: db/migrations/3_c.sql") + 1)).isEmpty();
    assertThat(history.get(history.indexOf("Path: db/migrations/1_a.sql") + 1)).matches(APPLIED);
    // Without --verbose the history needs no database and prints Alembic's short lines.
    assertThat(migrate(0, "history").outLines()).contains("a1 -> b2 (head), create b");
  }

  @Test
  void currentOfAProjectWithNoScriptsYetSaysNoRevision() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run =
        migrate(0, "--url", url, "--locations", "filesystem:" + empty.toAbsolutePath(), "current");
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no revision applied");
    Path none = dir.resolve("nowhere");
    CliRun missing =
        CliRun.run(
            none.getParent(),
            Map.of(),
            "--url",
            url,
            "--locations",
            "filesystem:nowhere",
            "current");
    assertThat(missing.exitCode()).as(missing.err()).isZero();
    assertThat(missing.err()).contains("no revision applied");
  }
}
