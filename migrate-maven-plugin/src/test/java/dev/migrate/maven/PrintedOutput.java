package dev.migrate.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where every {@link MojoHarness} run of the tests leaves what the goal logged: {@code
 * target/printed/mojo-<pid>.log}, one file per test JVM, so that {@link PrintedPasswordsScanIT} can
 * grep it (with the invoker ITs' build.log files) for the passwords the tests used.
 */
final class PrintedOutput {
  /** Relative to the module directory, the working directory of the test JVMs. */
  static final Path DIRECTORY = Path.of("target", "printed");

  private PrintedOutput() {}

  static void append(String text) {
    Path file = DIRECTORY.resolve("mojo-" + ProcessHandle.current().pid() + ".log");
    try {
      Files.createDirectories(DIRECTORY);
      synchronized (PrintedOutput.class) {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the goal's output in " + file, e);
    }
  }
}
