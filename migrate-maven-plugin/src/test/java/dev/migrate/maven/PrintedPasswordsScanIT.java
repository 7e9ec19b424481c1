package dev.migrate.maven;

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
 * Greps everything the plugin's test builds printed for every password they used ({@link
 * TestSecrets}): the lines the unit tests' goals logged ({@link Printed}) and each invoker IT's
 * {@code build.log}, on the installed Maven ({@code target/it}) and on Maven 3.9 ({@code
 * target/it-3.9}). Bound after the invoker runs in the pom, so it reads what they wrote.
 */
class PrintedPasswordsScanIT {
  private static final Path TARGET = Path.of("target");

  @Test
  void noTestPasswordWasEverPrinted() throws IOException {
    Scan mojoLines = scan(Printed.DIRECTORY, 1, ".log");
    Scan installed = scan(TARGET.resolve("it"), 2, "build.log");
    Scan maven39 = scan(TARGET.resolve("it-3.9"), 2, "build.log");

    List<String> hits = new ArrayList<>();
    hits.addAll(mojoLines.hits);
    hits.addAll(installed.hits);
    hits.addAll(maven39.hits);
    assertThat(hits).as("test passwords in what the goals printed").isEmpty();

    // Not vacuous: the suites' goals logged hundreds of lines, and every IT run that took place
    // left a build.log in which a goal run with -X and a password printed it masked.
    assertThat(mojoLines.lines).as("lines the unit tests' goals logged").isGreaterThan(150);
    if (!Boolean.getBoolean("migrate.itsSkipped")) {
      assertThat(installed.files).as("build.log files under target/it").isGreaterThan(0);
      assertThat(installed.maskedPasswords)
          .as(
              "lines with a masked password in target/it (database-url-postgresql, server-id-encrypted)")
          .isGreaterThan(0);
    }
    if (!Boolean.getBoolean("migrate.it39Skipped")) {
      assertThat(maven39.files).as("build.log files under target/it-3.9").isGreaterThan(0);
      assertThat(maven39.maskedPasswords)
          .as("lines with a masked password in target/it-3.9 (server-id-encrypted)")
          .isGreaterThan(0);
    }
  }

  /** What one tree held: files and lines read, lines showing a masked password, and hits. */
  private record Scan(int files, int lines, int maskedPasswords, List<String> hits) {}

  private static Scan scan(Path root, int depth, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      return new Scan(0, 0, 0, List.of());
    }
    int files = 0;
    int lines = 0;
    int masked = 0;
    List<String> hits = new ArrayList<>();
    try (Stream<Path> found = Files.find(root, depth, (p, a) -> p.toString().endsWith(suffix))) {
      for (Path file : found.sorted().toList()) {
        files++;
        List<String> text =
            List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R"));
        for (int i = 0; i < text.size(); i++) {
          String line = text.get(i);
          lines++;
          masked += line.contains("password=****") || line.contains("password = ****") ? 1 : 0;
          for (String secret : TestSecrets.needles()) {
            if (line.contains(secret)) {
              hits.add(file + ":" + (i + 1) + ": '" + secret + "' in: " + line);
            }
          }
        }
      }
    }
    return new Scan(files, lines, masked, hits);
  }
}
