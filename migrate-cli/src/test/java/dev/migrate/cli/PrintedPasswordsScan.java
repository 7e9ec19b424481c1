package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.Printed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Greps everything the CLI runs of the test suites printed ({@link Printed}: the unit tests'
 * in-process runs and the jar tests' processes) for every password the tests used ({@link
 * TestSecrets}). Runs last, in its own surefire execution after the jar tests (see the pom).
 */
class PrintedPasswordsScan {
  @Test
  void noTestPasswordWasEverPrinted() throws IOException {
    assertThat(Printed.DIRECTORY)
        .as("the suites' runs record what they print; run after them (mvn verify)")
        .isDirectory();
    List<String> hits = new ArrayList<>();
    int files = 0;
    int lines = 0;
    int runs = 0;
    int runsGivenAPassword = 0;
    try (Stream<Path> logs = Files.list(Printed.DIRECTORY)) {
      for (Path log : logs.sorted().toList()) {
        files++;
        List<String> text = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
          String line = text.get(i);
          lines++;
          if (line.startsWith("$ migrate (")) {
            runs++;
            runsGivenAPassword += line.contains(CliRun.HIDDEN) ? 1 : 0;
          }
          for (String secret : TestSecrets.needles()) {
            if (line.contains(secret)) {
              hits.add(log + ":" + (i + 1) + ": '" + secret + "' in: " + line);
            }
          }
        }
      }
    }
    assertThat(hits).as("test passwords in what the CLI printed").isEmpty();
    // Not vacuous: the bad-input suites alone make some hundred runs and print hundreds of lines,
    // and some of those runs were handed a password on the command line.
    assertThat(files).as("files scanned").isPositive();
    assertThat(runs).as("runs recorded").isGreaterThanOrEqualTo(60);
    assertThat(lines).as("lines scanned").isGreaterThanOrEqualTo(300);
    assertThat(runsGivenAPassword).as("runs given --password").isGreaterThanOrEqualTo(2);
  }
}
