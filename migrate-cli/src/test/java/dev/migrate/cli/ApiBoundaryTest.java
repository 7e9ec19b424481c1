package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI reaches the engine through its API only: the facade and the exported packages. */
class ApiBoundaryTest {
  private static final Set<String> API = Set.of("", ".api", ".api.error", ".common", ".migration");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.migrate\\.engine((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  @Test
  void cliUsesNoInternalEnginePackage() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher reference = REFERENCE.matcher(Files.readString(file));
        while (reference.find()) {
          if (!API.contains(reference.group(1))) {
            offenders.add(file.getFileName() + ": " + reference.group());
          }
        }
      }
    }
    assertThat(offenders).as("internal engine packages used by the CLI").isEmpty();
  }
}
