package dev.migrate.cli;

import dev.migrate.engine.testing.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An in-process run of {@link Main}: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {
  /** What stands for a {@code --password} value in the recorded command line. */
  static final String HIDDEN = "<given password>";

  static CliRun run(Path workingDirectory, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                environment,
                workingDirectory,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new CliRun(
            code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8))
        .recorded("in-process", args);
  }

  /**
   * Appends the arguments and what this run printed to {@link Printed}'s file of this JVM, where
   * the scan for test passwords reads it after the suites.
   */
  CliRun recorded(String how, String... args) {
    Printed.append(
        "cli",
        "$ migrate (" + how + ") " + String.join(" ", masked(args)) + "\n" + out + err + "\n");
    return this;
  }

  /**
   * The arguments with the values of {@code --password} and {@code --url} (which may carry one,
   * even a malformed one) hidden: the record is of what was printed, and the arguments were not.
   */
  private static List<String> masked(String... args) {
    List<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String option = hiddenOption(args[i]);
      String marker = "--url".equals(option) ? "<given url>" : HIDDEN;
      if (option != null && args[i].startsWith(option + "=")) {
        shown.add(option + "=" + marker);
      } else {
        shown.add(args[i]);
        if (option != null && args[i].equals(option) && i + 1 < args.length) {
          shown.add(marker);
          i++;
        }
      }
    }
    return shown;
  }

  private static String hiddenOption(String arg) {
    for (String option : List.of("--password", "--url")) {
      if (arg.equals(option) || arg.startsWith(option + "=")) {
        return option;
      }
    }
    return null;
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
  }
}
