package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the built {@code migrate-cli-<version>.jar} as a separate process ({@code java -jar}), the
 * way a container entrypoint does, in a working directory and with an environment of the test's
 * choosing; the test runner's own {@code MIGRATE_*} and {@code DATABASE_URL} never leak in.
 */
final class JarRunner {
  private final Path workingDirectory;
  private final Map<String, String> environment = new HashMap<>();

  JarRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * The jar under test, named by the pom's integration-test execution. Run from anywhere else (the
   * unit-test phase under {@code -Dtest=...IT}), the jar might be stale, so the test is skipped.
   */
  static Path jar() {
    String configured = System.getProperty("migrate.cli.jar");
    Assumptions.assumeTrue(
        configured != null, "jar tests run in the integration-test phase: mvn verify");
    Path jar = Path.of(configured);
    assertThat(jar).as("the packaged CLI jar").isRegularFile();
    return jar;
  }

  JarRunner env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  /**
   * The process that {@link #run} starts, for a test that must handle it itself (kill it, run
   * another beside it).
   */
  ProcessBuilder processBuilder(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("MIGRATE_") || k.equals("DATABASE_URL"));
    builder.environment().putAll(environment);
    return builder;
  }

  /** Runs the jar with the arguments and waits (at most two minutes) for it to end. */
  CliRun run(String... args) {
    return run(List.of(args));
  }

  CliRun run(List<String> args) {
    ProcessBuilder builder = processBuilder(args);
    List<String> command = builder.command();
    try {
      Path out = Files.createTempFile("migrate-cli-out", ".txt");
      Path err = Files.createTempFile("migrate-cli-err", ".txt");
      try {
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("migrate " + args + " did not end within two minutes");
        }
        return new CliRun(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8))
            .recorded("jar", args.toArray(String[]::new));
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
