package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors that say what was attempted and what to do, as the CLI prints them: the exit code, the key
 * words, one line, no Java class names and never the password.
 */
class ClearWordsTest {
  private static final String PASSWORD = "s3cretPw";

  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private String h2() {
    return "jdbc:h2:file:" + dir.resolve("h2db").toAbsolutePath();
  }

  private Path script(String name, String id, String down, String upgrade) throws IOException {
    Path file = dir.resolve("db/migrations").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "-- revision: "
            + id
            + "\n-- down_revision: "
            + down
            + "\n\n-- migrate:upgrade\n"
            + upgrade
            + "\n-- migrate:downgrade\n");
    return file;
  }

  private static void assertPlain(CliRun run) {
    assertThat(run.out() + run.err())
        .doesNotContain(PASSWORD, "Exception", "java.", "\tat ", "Run with --debug");
  }

  @Test
  void anUnknownHostIsOneLineNamingHostAndMaskedUrlWithTheExitCodeOfAFailedConnection() {
    CliRun unknown =
        run("--url", "postgresql://app:" + PASSWORD + "@nosuchhost.invalid/db", "current");
    assertThat(unknown.exitCode()).isEqualTo(Main.FAILED);
    assertThat(unknown.errLines())
        .singleElement()
        .asString()
        .isEqualTo(
            "ERROR: Could not connect to nosuchhost.invalid (jdbc:postgresql://nosuchhost.invalid/db,"
                + " user app): unknown host 'nosuchhost.invalid' (the name does not resolve);"
                + " check the host in the URL");
    assertPlain(unknown);
    CliRun refused = run("--url", "postgresql://app:" + PASSWORD + "@127.0.0.1:1/db", "current");
    assertThat(refused.exitCode()).isEqualTo(unknown.exitCode());
  }

  @Test
  void aStrayPercentInAUrlIsBadUsage() {
    for (String url :
        List.of(
            "postgresql://app:" + PASSWORD + "%zz@localhost/db",
            "postgresql://app:" + PASSWORD + "@localhost/d%zzb",
            "jdbc:postgresql://localhost/d%zzb?user=app&password=" + PASSWORD)) {
      CliRun run = run("--url", url, "current");
      assertThat(run.exitCode()).as(url).isEqualTo(Main.USAGE);
      assertThat(run.errLines())
          .as(url)
          .singleElement()
          .asString()
          .startsWith("ERROR: url ")
          .contains("(from --url)", "'%' that does not start a %XX escape", "%25");
      assertPlain(run);
    }
  }

  @Test
  void aSymlinkLoopInTheLocationIsNamedAsOne() throws IOException {
    script("a.sql", "a1", "", "SELECT 1;");
    Path link = dir.resolve("db/migrations/sub/up");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, dir.resolve("db/migrations"));
    CliRun run = run("--url", h2(), "history");
    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("ERROR: Cannot read filesystem:db/migrations below ")
        .contains(link + " is a symlink loop");
    assertPlain(run);
  }

  @Test
  void aLatin1ScriptNamesFileAndLineAndAsksForUtf8() throws IOException {
    Path file = dir.resolve("db/migrations/a1_latin.sql");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        "-- revision: a1\n\n-- migrate:upgrade\nCREATE TABLE t (x INT);\n-- caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = run("--url", h2(), "upgrade", "heads");
    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("ERROR: db/migrations/a1_latin.sql, line 5: byte 0xE9 is not UTF-8;")
        .contains("scripts must be UTF-8");
    assertPlain(run);
  }

  @Test
  void aLocationWithoutPrefixSuggestsFilesystem() throws IOException {
    script("a.sql", "a1", "", "SELECT 1;");
    CliRun run = run("--url", h2(), "--locations", "db/migrations", "history");
    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains(
            "Location db/migrations was not found on the classpath",
            "a location without a prefix is a classpath location",
            "exists: write filesystem:db/migrations");
    // Not even current, which takes a missing location for "no scripts yet", reads it as empty.
    CliRun current = run("--url", h2(), "--locations", "db/migrations", "current");
    assertThat(current.exitCode()).isEqualTo(Main.FAILED);
    assertThat(current.err()).contains("write filesystem:db/migrations");
    CliRun written = run("--url", h2(), "--locations", "filesystem:db/migrations", "history");
    assertThat(written.exitCode()).isZero();
    assertThat(written.out()).contains("a1");
  }

  @Test
  void psqlMetaCommandsAndCopyFromStdinAreRefusedBeforeAnythingRuns() throws IOException {
    script("a.sql", "a1", "", "CREATE TABLE t (x INT);\n\\set ON_ERROR_STOP on\nSELECT 1;");
    CliRun meta = run("--dialect", "postgresql", "upgrade", "--sql", "heads");
    assertThat(meta.exitCode()).isEqualTo(Main.FAILED);
    assertThat(meta.out()).doesNotContain("CREATE TABLE");
    assertThat(meta.errLines())
        .singleElement()
        .asString()
        .startsWith("ERROR: db/migrations/a.sql, line 6: \\set is a psql meta-command, not SQL");
    script("a.sql", "a1", "", "CREATE TABLE t (x INT);\nCOPY t (x) FROM stdin;\n1\n\\.");
    CliRun copy = run("--dialect", "postgresql", "validate");
    assertThat(copy.exitCode()).isEqualTo(Main.FAILED);
    assertThat(copy.err())
        .contains(
            "db/migrations/a.sql, line 6: COPY ... FROM STDIN / TO STDOUT is psql's, not SQL");
    assertPlain(copy);
  }

  @Test
  void theMultipleHeadsHintSpellsTheCliOption() throws IOException {
    script("a.sql", "a1", "", "SELECT 1;");
    script("b.sql", "b1", "a1", "SELECT 1;");
    script("c.sql", "c1", "a1", "SELECT 1;");
    CliRun run = run("--url", h2(), "revision", "-m", "next");
    assertThat(run.exitCode()).isEqualTo(Main.FAILED);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains(
            "Multiple heads are present: b1, c1",
            "choose the parent with --head <revision> (e.g. --head b1 or --head c1)")
        .doesNotContain("head=");
    CliRun splice = run("--url", h2(), "revision", "-m", "next", "--head", "a1");
    assertThat(splice.err()).contains("give --splice to create a new branch");
    CliRun chosen = run("--url", h2(), "revision", "-m", "next", "--head", "b1");
    assertThat(chosen.exitCode()).isZero();
  }

  @Test
  void revisionsMadeWithinOneMinuteSortInCreationOrder() throws IOException {
    List<String> made = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      CliRun run = run("revision", "-m", "step " + i);
      assertThat(run.exitCode()).isZero();
      made.add(
          Path.of(run.out().strip().substring("Generated ".length())).getFileName().toString());
    }
    try (var files = Files.list(dir.resolve("db/migrations"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(made);
    }
    assertThat(made)
        .allSatisfy(n -> assertThat(n).matches("\\d{8}_\\d{6}-[0-9a-f]{12}_step_\\d.sql"));
    assertThat(Files.readString(dir.resolve("db/migrations").resolve(made.get(0))))
        .contains("-- -- transactional: false");
  }

  @Test
  void credentialsMergePerFieldAndDebugNamesEachSourceWithoutThePassword() throws IOException {
    // The database is made with user sa and the real password; the file then holds the user and a
    // stale password.
    assertThat(run("--url", h2(), "--user", "sa", "--password", PASSWORD, "current").exitCode())
        .isZero();
    Files.writeString(
        dir.resolve("migrate.properties"), "migrate.user=sa\nmigrate.password=stale\n");
    CliRun stale = run("--url", h2(), "current");
    assertThat(stale.exitCode()).as("the file's stale password is refused").isEqualTo(Main.FAILED);

    // The environment's password with the file's user: the two fields merge, and --debug says
    // where each came from.
    CliRun merged =
        CliRun.run(dir, Map.of("MIGRATE_PASSWORD", PASSWORD), "--url", h2(), "--debug", "current");
    assertThat(merged.exitCode()).isZero();
    assertThat(merged.err())
        .contains(
            "url = " + h2() + " (from --url)",
            "user = sa (from migrate.user in ",
            "password = **** (from environment variable MIGRATE_PASSWORD)")
        .doesNotContain(PASSWORD);

    // A flag beats both for the password alone; the user still comes from the file.
    CliRun flag = run("--url", h2(), "--password", PASSWORD, "--debug", "current");
    assertThat(flag.exitCode()).isZero();
    assertThat(flag.err())
        .contains("user = sa (from migrate.user in ", "password = **** (from --password)")
        .doesNotContain(PASSWORD);
  }
}
