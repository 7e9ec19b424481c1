package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * An unpacked copy of the built distribution ({@code migrate-<version>-dist.tar.gz} or {@code
 * .zip}), and runs of its {@code bin/migrate} as a user would start it: a separate process, in a
 * working directory and an environment of the test's choosing. The test runner's own {@code
 * MIGRATE_*}, {@code DATABASE_URL}, {@code JAVA_HOME} and {@code JAVA_OPTS} never leak in.
 */
final class Installation {
  /** A user without a home or any write access to the installation, for read-only runs as root. */
  private static final String NOBODY = "65534";

  private final Path home;

  private Installation(Path home) {
    this.home = home;
  }

  /** The built archive named by the pom's integration-test execution ({@code tar.gz} or zip). */
  static Path archive(String format) {
    String configured = System.getProperty("migrate.cli.dist");
    Assumptions.assumeTrue(
        configured != null, "distribution tests run in the integration-test phase: mvn verify");
    Path archive = Path.of(configured.replace(".tar.gz", "." + format));
    assertThat(archive).as("the built distribution").isRegularFile();
    return archive;
  }

  /** Unpacks the tar.gz with the system's tar, which keeps the modes the archive gives. */
  static Installation untar(Path into) {
    directories(into);
    exec(into, List.of("tar", "xzf", archive("tar.gz").toString(), "-C", into.toString()));
    return new Installation(single(into));
  }

  /** Unpacks the zip with {@link ZipInputStream}, which knows no modes: run it through sh. */
  static Installation unzip(Path into) {
    directories(into);
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive("zip")))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path target = into.resolve(entry.getName()).normalize();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Installation(single(into));
  }

  private static Path single(Path directory) {
    try (Stream<Path> children = Files.list(directory)) {
      List<Path> all = children.toList();
      assertThat(all).as("the archive's one top directory").hasSize(1);
      return all.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path home() {
    return home;
  }

  Path launcher() {
    return home.resolve("bin/migrate");
  }

  /**
   * The files the archive brought, relative to the installation, sorted (no class-data archive).
   */
  List<String> files() {
    try (Stream<Path> all = Files.walk(home)) {
      return all.filter(Files::isRegularFile)
          .map(p -> home.relativize(p).toString())
          .filter(f -> !f.startsWith("lib/cds/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class-data archives in {@code lib/cds}. */
  List<Path> archives() {
    return archivesIn(home.resolve("lib/cds"));
  }

  static List<Path> archivesIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(directory)) {
      return all.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Takes every write permission away (for root, who ignores them, runs go through nobody). */
  void makeReadOnly() {
    exec(home, List.of("chmod", "-R", "a-w", home.toString()));
  }

  Run in(Path workingDirectory) {
    return new Run(workingDirectory);
  }

  /** Creates directories that another user may enter and write (a read-only run as nobody). */
  static Path directories(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a tree that may hold read-only directories. */
  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    exec(root.getParent(), List.of("chmod", "-R", "u+w", root.toString()));
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void exec(Path directory, List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(command + ": " + output).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** One command line of {@code bin/migrate} in a working directory. */
  final class Run {
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();
    private List<String> prefix = List.of();
    private Path launcher = launcher();

    private Run(Path workingDirectory) {
      this.workingDirectory = workingDirectory;
    }

    Run env(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Starts the launcher as {@code sh PATH} (an installation unpacked without modes). */
    Run throughSh() {
      prefix = List.of("/bin/sh");
      return this;
    }

    /** Starts the launcher through another path, such as a symbolic link to it. */
    Run via(Path link) {
      launcher = link;
      return this;
    }

    /** As root, runs as nobody, for whom the installation is read-only; otherwise as is. */
    Run asUserWithoutWriteAccess() {
      if (root()) {
        prefix =
            List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--");
      }
      return this;
    }

    CliRun run(String... args) {
      return run(List.of(args));
    }

    /** Runs and waits (at most two minutes) for the command to end. */
    CliRun run(List<String> args) {
      List<String> command = new ArrayList<>(prefix);
      command.add(launcher.toString());
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
      Map<String, String> env = builder.environment();
      env.keySet()
          .removeIf(
              k ->
                  k.startsWith("MIGRATE_")
                      || k.equals("DATABASE_URL")
                      || k.equals("JAVA_HOME")
                      || k.equals("JAVA_OPTS")
                      || k.equals("XDG_CACHE_HOME"));
      // java from the JDK that runs the tests, unless a test names another PATH or JAVA_HOME.
      env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
      env.putAll(environment);
      try {
        Path out = Files.createTempFile("migrate-dist-out", ".txt");
        Path err = Files.createTempFile("migrate-dist-err", ".txt");
        try {
          Process process =
              builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
          if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("migrate " + args + " did not end within two minutes");
          }
          return new CliRun(process.exitValue(), read(out), read(err));
        } finally {
          Files.deleteIfExists(out);
          Files.deleteIfExists(err);
        }
      } catch (IOException e) {
        throw new AssertionError("cannot run " + command, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
