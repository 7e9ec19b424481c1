package dev.migrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where every CLI run of the tests (in-process and jar) leaves what it printed: {@code
 * target/printed/cli-<pid>.log}, one file per test JVM, so that {@link PrintedPasswordsScan} can
 * grep everything the suites printed for the passwords they used.
 */
final class PrintedOutput {
  /** Relative to the module directory, the working directory of surefire's test JVMs. */
  static final Path DIRECTORY = Path.of("target", "printed");

  /** What stands for a {@code --password} value in the recorded command line. */
  static final String HIDDEN = "<given password>";

  private PrintedOutput() {}

  static void append(String text) {
    Path file = DIRECTORY.resolve("cli-" + ProcessHandle.current().pid() + ".log");
    try {
      Files.createDirectories(DIRECTORY);
      // One write per run: runs of parallel tests do not interleave within a run's text.
      synchronized (PrintedOutput.class) {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the run's output in " + file, e);
    }
  }
}
