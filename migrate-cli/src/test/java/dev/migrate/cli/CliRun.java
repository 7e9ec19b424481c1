package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An in-process run of {@link Main}: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

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
   * Appends the arguments and what this run printed to {@link PrintedOutput}'s file of this JVM,
   * where the scan for test passwords reads it after the suites.
   */
  CliRun recorded(String how, String... args) {
    PrintedOutput.append(
        "$ migrate (" + how + ") " + String.join(" ", masked(args)) + "\n" + out + err + "\n");
    return this;
  }

  /** The arguments with {@code --password}'s value hidden: the record is of what was printed. */
  private static List<String> masked(String... args) {
    List<String> shown = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--password=")) {
        shown.add("--password=" + PrintedOutput.HIDDEN);
      } else {
        shown.add(args[i]);
        if (args[i].equals("--password") && i + 1 < args.length) {
          shown.add(PrintedOutput.HIDDEN);
          i++;
        }
      }
    }
    return shown;
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
  }
}
