package dev.migrate.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the front ends' test runs printed, for the checks that every one of them makes: the CLI's
 * runs and the plugin's goals each leave their output under {@link #DIRECTORY}, where a scan after
 * the suites greps it for the test passwords, and every bad-input row requires its output clean.
 */
public final class Printed {
  /** Relative to the module directory, the working directory of surefire's test JVMs. */
  public static final Path DIRECTORY = Path.of("target", "printed");

  private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b");

  private Printed() {}

  /**
   * Appends one run's text to {@code <prefix>-<pid>.log}, one file per test JVM, in one write, so
   * that runs of parallel tests do not interleave within a run's text.
   */
  public static void append(String prefix, String text) {
    Path file = DIRECTORY.resolve(prefix + "-" + ProcessHandle.current().pid() + ".log");
    try {
      Files.createDirectories(DIRECTORY);
      synchronized (Printed.class) {
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

  /** No stack trace, no Java class name and none of the secrets in what a run printed. */
  public static void assertClean(String printed, List<String> secrets) {
    assertThat(printed).as("a stack trace in%n%s", printed).doesNotContain("\tat ");
    assertThat(CLASS_NAME.matcher(printed).find())
        .as("a Java class name in%n%s", printed)
        .isFalse();
    for (String secret : secrets) {
      assertThat(printed).as("a password in%n%s", printed).doesNotContain(secret);
    }
  }

  /**
   * What to grep for: the passwords, and each piece of five or more characters between '/', '@' and
   * ':' (what a mis-parsed URL would split one into).
   */
  public static List<String> needles(List<String> passwords) {
    List<String> all = new ArrayList<>();
    for (String password : passwords) {
      all.add(password);
      for (String piece : password.split("[/@:]")) {
        if (piece.length() >= 5 && !piece.equals(password)) {
          all.add(piece);
        }
      }
    }
    return all;
  }
}
