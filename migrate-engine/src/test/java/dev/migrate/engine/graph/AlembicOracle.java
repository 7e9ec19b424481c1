package dev.migrate.engine.graph;

import dev.migrate.engine.graph.RandomGraphCases.Case;
import dev.migrate.engine.graph.RandomGraphCases.Generated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Alembic's own revision map and version-row bookkeeping, run by {@code
 * src/test/python/alembic_oracle.py} in a {@code python3} that has Alembic (Debian's {@code
 * python3-alembic}). One process answers every case of every graph, one line per case.
 */
final class AlembicOracle {
  private static final Path SCRIPT = Path.of("src/test/python/alembic_oracle.py");
  private static final long TIMEOUT_MINUTES = 5;

  private final String python;
  private final String version;

  private AlembicOracle(String python, String version) {
    this.python = python;
    this.version = version;
  }

  /**
   * The interpreter named by {@code -Dmigrate.alembicPython=...}, else the first that imports
   * Alembic of {@code python3} on the PATH and {@code /usr/bin/python3} (a pyenv or virtualenv
   * {@code python3} on the PATH does not see the distribution's packages). Empty, with what was
   * tried in {@code tried}, when none imports it.
   */
  static Optional<AlembicOracle> find(List<String> tried) {
    String configured = System.getProperty("migrate.alembicPython", "");
    Set<String> candidates =
        configured.isBlank()
            ? new LinkedHashSet<>(List.of("python3", "/usr/bin/python3"))
            : Set.of(configured);
    for (String python : candidates) {
      try {
        Process probe =
            new ProcessBuilder(
                    python,
                    "-c",
                    "import alembic, sqlalchemy; print(alembic.__version__, 'with SQLAlchemy',"
                        + " sqlalchemy.__version__)")
                .redirectErrorStream(true)
                .start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (probe.waitFor(1, TimeUnit.MINUTES) && probe.exitValue() == 0) {
          return Optional.of(new AlembicOracle(python, out.strip()));
        }
        tried.add(python + ": " + lastLine(out));
      } catch (IOException e) {
        tried.add(python + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tried.add(python + ": interrupted");
      }
    }
    return Optional.empty();
  }

  /** E.g. {@code /usr/bin/python3, Alembic 1.8.1 with SQLAlchemy 1.4.46}. */
  String describe() {
    return python + ", Alembic " + version;
  }

  /** Alembic's answer to every case of every graph, in order. */
  List<String> answer(List<Generated> graphs) throws IOException, InterruptedException {
    Path input = Files.createTempFile("alembic-oracle", ".json");
    try {
      Files.writeString(input, json(graphs));
      Process process =
          new ProcessBuilder(python, SCRIPT.toAbsolutePath().toString())
              .redirectInput(input.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(SCRIPT + " did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        throw new IOException(SCRIPT + " failed with exit code " + process.exitValue());
      }
      List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
      int expected = graphs.stream().mapToInt(g -> g.cases().size()).sum();
      if (lines.size() != expected) {
        throw new IOException(
            SCRIPT + " answered " + lines.size() + " lines for " + expected + " cases");
      }
      return lines;
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private static String json(List<Generated> graphs) {
    List<String> specs = new ArrayList<>();
    for (Generated g : graphs) {
      List<String> revisions = new ArrayList<>();
      for (Revision r : g.revisions()) {
        revisions.add(
            "{\"id\": \""
                + r.id()
                + "\", \"down\": "
                + list(r.downRevisions())
                + ", \"deps\": "
                + list(r.dependsOn())
                + ", \"labels\": "
                + list(r.branchLabels())
                + "}");
      }
      List<String> cases = new ArrayList<>();
      for (Case c : g.cases()) {
        cases.add(
            "{\"cmd\": \""
                + c.cmd()
                + "\", \"rows\": "
                + list(c.rows())
                + ", \"target\": \""
                + c.target()
                + "\"}");
      }
      specs.add(
          "{\"revisions\": ["
              + String.join(", ", revisions)
              + "], \"cases\": ["
              + String.join(", ", cases)
              + "]}");
    }
    return "{\"graphs\": [" + String.join(",\n", specs) + "]}";
  }

  /** Ids and targets are generated ({@code r12}, {@code lab3@-1}): nothing needs escaping. */
  private static String list(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String v : values) {
      quoted.add("\"" + v + "\"");
    }
    return "[" + String.join(", ", quoted) + "]";
  }

  private static String lastLine(String out) {
    List<String> lines = out.strip().lines().toList();
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
  }
}
