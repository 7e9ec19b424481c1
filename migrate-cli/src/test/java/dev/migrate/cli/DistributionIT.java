package dev.migrate.cli;

import static dev.migrate.cli.Scripts.AUDIT;
import static dev.migrate.cli.Scripts.CUSTOMERS;
import static dev.migrate.cli.Scripts.MERGE;
import static dev.migrate.cli.Scripts.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built distribution as a user installs it: unpacked, {@code bin/migrate} run from another
 * working directory, with and without {@code JAVA_HOME}, read-only, under a path with spaces, and
 * the class-data archive the launcher makes on first use. One unpacked installation serves the
 * tests that do not change it.
 */
class DistributionIT {
  private static Path root;
  private static Installation shared;
  private ItDatabase db;

  @BeforeAll
  static void unpack() throws IOException {
    root = Installation.directories(Files.createTempDirectory("migrate-dist-it"));
    shared = Installation.untar(root.resolve("shared"));
  }

  @AfterAll
  static void removeInstallations() {
    Installation.delete(root);
  }

  @AfterEach
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }

  /** A fresh working directory, outside every installation, with the five scripts. */
  private Path project(String name) {
    Path work = Installation.directories(root.resolve(name));
    Scripts.write(work);
    return work;
  }

  private static CliRun ok(Installation.Run run, String... args) {
    return expect(0, run, args);
  }

  private static CliRun expect(int code, Installation.Run run, String... args) {
    CliRun result = run.run(args);
    assertThat(result.exitCode())
        .as(
            "exit code of migrate %s%nstdout:%n%s%nstderr:%n%s",
            String.join(" ", args), result.out(), result.err())
        .isEqualTo(code);
    return result;
  }

  @Test
  void theArchivesHoldTheLauncherTheJarAnExampleConfigAndAReadme() throws IOException {
    Installation zip = Installation.unzip(root.resolve("from-zip"));
    assertThat(shared.files())
        .containsExactlyElementsOf(zip.files())
        .contains("bin/migrate", "bin/migrate.cmd", "conf/migrate.properties", "README.md")
        .anyMatch(f -> f.matches("lib/migrate-cli-.+\\.jar"));
    assertThat(Files.isExecutable(shared.launcher())).isTrue();
    String launcher = Files.readString(shared.launcher());
    assertThat(launcher).startsWith("#!/bin/sh\n").doesNotContain("@project").doesNotContain("\r");
    assertThat(Files.readString(shared.home().resolve("bin/migrate.cmd"))).contains("\r\n");
    assertThat(Files.readAllLines(shared.home().resolve("conf/migrate.properties")))
        .allMatch(line -> line.isBlank() || line.startsWith("#"));
  }

  @ParameterizedTest
  @CsvSource({"h2, false", "postgresql, true"})
  void everyCommandFromAnotherWorkingDirectoryWithTheSettingsFileThere(
      String database, boolean withJavaHome) throws IOException {
    Path dir = project("commands-" + database);
    db = ItDatabase.create(database, dir);
    // As `java -jar` does, the launcher reads ./migrate.properties of the working directory.
    Files.writeString(dir.resolve("migrate.properties"), "migrate.url=" + db.url() + "\n");
    // Java from JAVA_HOME for one database, from the PATH for the other.
    Installation.Run migrate =
        withJavaHome
            ? shared.in(dir).env("JAVA_HOME", System.getProperty("java.home"))
            : shared.in(dir);

    assertThat(ok(migrate, "upgrade", ORDERS).out()).contains("Upgraded 2 revisions");
    assertThat(ok(migrate, "current").outLines()).containsExactly(ORDERS + " (branchpoint)");
    assertThat(expect(1, migrate, "check").err()).contains(AUDIT);
    assertThat(ok(migrate, "upgrade").out()).contains("Upgraded 3 revisions");
    assertThat(db.versions()).containsExactly(MERGE);
    assertThat(ok(migrate, "heads").outLines()).singleElement().asString().startsWith(MERGE);
    assertThat(ok(migrate, "branches").out()).contains(ORDERS);
    assertThat(ok(migrate, "history", "--indicate-current").outLines()).hasSize(5);
    assertThat(ok(migrate, "show", MERGE).out()).contains("Rev: " + MERGE);
    assertThat(ok(migrate, "check").out()).contains("Database is up to date");
    assertThat(ok(migrate, "validate").out()).contains("Scripts and database are consistent");
    assertThat(ok(migrate, "repair").out()).contains("Nothing to repair");

    assertThat(ok(migrate, "downgrade", "base").out()).contains("Downgraded 5 revisions");
    assertThat(db.versions()).isEmpty();
    CliRun sql = ok(migrate, "upgrade", "--sql");
    assertThat(sql.out()).contains("CREATE TABLE customers", MERGE).doesNotContain("Upgraded");
    assertThat(db.versions()).isEmpty();
    assertThat(ok(migrate, "stamp", "heads").out()).contains("Running stamp_revision");
    assertThat(db.versions()).containsExactly(MERGE);

    Path written =
        generated(ok(migrate, "revision", "-m", "add index", "--rev-id", "a0a0a0a0a0a0"));
    assertThat(written.getParent()).isEqualTo(dir.resolve(Scripts.DIRECTORY).toRealPath());
    ok(migrate, "revision", "-m", "second root", "--head", "base", "--rev-id", "b0b0b0b0b0b0");
    generated(ok(migrate, "merge", "-m", "join", "--rev-id", "c0c0c0c0c0c0"));
    assertThat(ok(migrate, "heads").outLines())
        .singleElement()
        .asString()
        .startsWith("c0c0c0c0c0c0");
    assertThat(ok(migrate, "verify").out()).contains("every downgrade undoes its upgrade");
    assertThat(ok(migrate, "upgrade").out()).contains("Upgraded 3 revisions");
  }

  private static Path generated(CliRun run) {
    assertThat(run.out()).startsWith("Generated ");
    Path path = Path.of(run.outLines().get(0).substring("Generated ".length()).trim());
    assertThat(path).isRegularFile();
    return path;
  }

  @Test
  void javaHomeAndJavaOptsAreHonouredAndArgumentsPassUntouched() throws IOException {
    Path dir = project("java-home");
    Path fakeJdk = recordingJava(root.resolve("fake-jdk"), dir.resolve("java-args.txt"));
    Path noJava = Installation.directories(root.resolve("path-without-java"));
    String message = "it's a \"quoted\"  message with * and $HOME";
    CliRun run =
        shared
            .in(dir)
            .env("JAVA_HOME", fakeJdk.toString())
            .env("PATH", noJava + ":/usr/bin:/bin")
            .env("JAVA_OPTS", "-Dmigrate.probe=1  -Xmx200m")
            .run("revision", "-m", message, "--rev-id", "abcdefabcdef");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> javaArgs = Files.readAllLines(dir.resolve("java-args.txt"));
    assertThat(javaArgs)
        .contains(
            "-Dmigrate.probe=1", "-Xmx200m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    assertThat(javaArgs.subList(javaArgs.indexOf("-jar") + 2, javaArgs.size()))
        .containsExactly("revision", "-m", message, "--rev-id", "abcdefabcdef");
    assertThat(Files.readString(generated(run))).contains("-- message: " + message);

    // A compiler level of the user's own replaces the launcher's C1-only default.
    CliRun c2 =
        shared
            .in(dir)
            .env("JAVA_HOME", fakeJdk.toString())
            .env("PATH", noJava + ":/usr/bin:/bin")
            .env("JAVA_OPTS", "-XX:TieredStopAtLevel=4")
            .run("heads");
    assertThat(c2.exitCode()).as(c2.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("java-args.txt")))
        .contains("-XX:TieredStopAtLevel=4")
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

    // A compiler-thread count of the user's own keeps C1 only and replaces the launcher's count;
    // an options file may hold any compiler setting, so the count is left to it.
    for (String opts : List.of("-XX:CICompilerCount=2", "-XX:VMOptionsFile=/dev/null")) {
      CliRun own =
          shared
              .in(dir)
              .env("JAVA_HOME", fakeJdk.toString())
              .env("PATH", noJava + ":/usr/bin:/bin")
              .env("JAVA_OPTS", opts)
              .run("heads");
      assertThat(own.exitCode()).as(own.err()).isZero();
      assertThat(Files.readAllLines(dir.resolve("java-args.txt")))
          .as(opts)
          .contains(opts, "-XX:TieredStopAtLevel=1")
          .doesNotContain("-XX:CICompilerCount=1");
    }
  }

  @Test
  void javaFromThePathWithoutJavaHome() {
    Path dir = project("path-java");
    Path fakeJdk = recordingJava(root.resolve("fake-jdk-on-path"), dir.resolve("java-args.txt"));
    CliRun run = shared.in(dir).env("PATH", fakeJdk.resolve("bin") + ":/usr/bin:/bin").run("heads");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines()).singleElement().asString().startsWith(MERGE);
    assertThat(dir.resolve("java-args.txt")).isRegularFile();
  }

  @Test
  void aJavaHomeWithoutJavaOrNoJavaAtAllIsAUsageErrorNamingIt() {
    Path dir = project("no-java");
    Path empty = Installation.directories(root.resolve("empty"));
    CliRun badHome = shared.in(dir).env("JAVA_HOME", empty.toString()).run("heads");
    assertThat(badHome.exitCode()).isEqualTo(2);
    assertThat(badHome.errLines()).singleElement().asString().contains("JAVA_HOME", "bin/java");
    CliRun none = shared.in(dir).env("PATH", empty.toString()).run("heads");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.errLines()).singleElement().asString().contains("no java on the PATH");
  }

  @Test
  void theFirstRealCommandMakesTheArchiveAndLaterOnesLoadTheirClassesFromIt() throws IOException {
    Installation fresh = Installation.untar(root.resolve("first-use"));
    Path dir = project("first-use-work");
    Installation.Run migrate = fresh.in(dir);
    ok(migrate, "--version");
    assertThat(fresh.archives()).as("--version makes no archive").isEmpty();

    // The run that writes the archive at exit prints exactly what it prints without one.
    CliRun first = ok(migrate, "--dialect", "h2", "upgrade", "--sql");
    CliRun plain = new JarRunner(dir).run("--dialect", "h2", "upgrade", "--sql");
    assertThat(first.out()).isEqualTo(plain.out());
    assertThat(fresh.archives())
        .singleElement()
        .satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

    String url = "jdbc:h2:file:" + dir.resolve("h2db");
    ok(migrate, "--url", url, "upgrade");
    Path classes = dir.resolve("classes.log");
    CliRun heads =
        ok(
            migrate.env("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
            "--url",
            url,
            "heads");
    assertThat(heads.outLines()).singleElement().asString().startsWith(MERGE);
    assertThat(Files.readAllLines(classes))
        .anyMatch(l -> l.contains(" dev.migrate.cli.Main source: shared objects file"));
  }

  @Test
  void aCorruptArchiveIsIgnored() throws IOException {
    Installation fresh = Installation.untar(root.resolve("corrupt"));
    Path dir = project("corrupt-work");
    String url = "jdbc:h2:file:" + dir.resolve("h2db");
    ok(fresh.in(dir), "--url", url, "upgrade");
    Path archive = fresh.archives().get(0);
    // A header of zeros, as a copy that died half way would leave.
    byte[] bytes = Files.readAllBytes(archive);
    Arrays.fill(bytes, 0, 4096, (byte) 0);
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
    Files.write(archive, bytes);
    CliRun current = ok(fresh.in(dir), "--url", url, "current");
    assertThat(current.outLines()).containsExactly(MERGE + " (audit) (head) (mergepoint)");
  }

  @Test
  void aReadOnlyInstallationUsesAPerUserCacheOrRunsWithout() {
    Installation readOnly = Installation.untar(root.resolve("read-only"));
    readOnly.makeReadOnly();
    Path dir = project("read-only-work");
    Path userHome = Installation.directories(root.resolve("user-home"));
    String url = "jdbc:h2:file:" + dir.resolve("h2db");

    CliRun upgrade =
        ok(
            readOnly.in(dir).asUserWithoutWriteAccess().env("HOME", userHome.toString()),
            "--url",
            url,
            "upgrade");
    assertThat(upgrade.out()).contains("Upgraded 5 revisions");
    assertThat(readOnly.archives()).isEmpty();
    assertThat(Installation.archivesIn(userHome.resolve(".cache/migrate/cds"))).hasSize(1);
    CliRun cached =
        ok(
            readOnly.in(dir).asUserWithoutWriteAccess().env("HOME", userHome.toString()),
            "--url",
            url,
            "current");
    assertThat(cached.outLines()).containsExactly(MERGE + " (audit) (head) (mergepoint)");

    // No writable home either: the commands run without an archive.
    Installation.Run homeless =
        readOnly.in(dir).asUserWithoutWriteAccess().env("HOME", "/nonexistent");
    assertThat(ok(homeless, "--url", url, "heads").outLines()).hasSize(1);
    assertThat(ok(homeless, "--url", url, "downgrade", ORDERS).out()).contains("Downgraded 3");
    assertThat(readOnly.archives()).isEmpty();
  }

  @Test
  void aReadOnlyInstallationAgainstPostgresql() {
    Installation readOnly = Installation.untar(root.resolve("read-only-pg"));
    readOnly.makeReadOnly();
    Path dir = project("read-only-pg-work");
    db = ItDatabase.create("postgresql", dir);
    Installation.Run migrate =
        readOnly.in(dir).asUserWithoutWriteAccess().env("HOME", "/nonexistent");
    ok(migrate, "--url", db.url(), "upgrade", AUDIT);
    assertThat(ok(migrate, "--url", db.url(), "current").outLines())
        .containsExactly(AUDIT + " (audit)");
    assertThat(db.versions()).containsExactly(AUDIT);
  }

  @Test
  void anInstallationPathWithSpacesStartedThroughALink() throws IOException {
    Installation spaced = Installation.unzip(root.resolve("with spaces/and more"));
    Path dir = project("spaces work dir");
    Path links = Installation.directories(root.resolve("links"));
    Path link = Files.createSymbolicLink(links.resolve("migrate"), spaced.launcher());
    db = ItDatabase.create("postgresql", dir);
    Installation.Run migrate = spaced.in(dir).throughSh().via(link);
    assertThat(ok(migrate, "--url", db.url(), "upgrade").out()).contains("Upgraded 5 revisions");
    assertThat(ok(migrate, "--url", db.url(), "history", "-r", CUSTOMERS + ":" + ORDERS).outLines())
        .hasSize(2);
    assertThat(db.versions()).containsExactly(MERGE);
  }

  /**
   * A JDK whose {@code bin/java} writes its arguments to a file, one a line, and then runs the real
   * Java: proof of which Java the launcher chose and what it passed.
   */
  private static Path recordingJava(Path jdk, Path argsFile) {
    try {
      Path realHome = Path.of(System.getProperty("java.home"));
      Path bin = Installation.directories(jdk.resolve("bin"));
      if (Files.exists(realHome.resolve("release"))) {
        Files.copy(realHome.resolve("release"), jdk.resolve("release"));
      }
      Path java = bin.resolve("java");
      List<String> script = new ArrayList<>();
      script.add("#!/bin/sh");
      // Only the command's own start (the launcher also starts Java to check a new archive).
      script.add("case \" $* \" in *' -jar '*) printf '%s\\n' \"$@\" > '" + argsFile + "' ;; esac");
      script.add("exec '" + realHome.resolve("bin/java") + "' \"$@\"");
      Files.write(java, script, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
      return jdk;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
