package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's package dependencies, read from the source tree: they must stay acyclic (as {@code
 * common/package-info.java} draws them) and the engine must not know Maven.
 */
class ArchitectureTest {
  private static final String ENGINE = "dev.migrate.engine";
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");

  /**
   * Edges that close a cycle today, each a package using the facade's {@code MigrateConfig} or
   * result records while the facade uses it. Remove an entry when its edge is gone (the test says
   * so); never add one.
   */
  private static final Set<String> KNOWN_CYCLE_EDGES =
      Set.of(
          // TODO(runtime owner): ConnectionFactory.of(MigrateConfig); take url/user/password.
          "jdbc -> (facade)",
          // TODO(runtime owner): StateTables.of(Dialect, MigrateConfig); use the constructor.
          "state -> (facade)",
          // TODO(runtime owner): MigrateConfig, RunResult, AppliedStep, Status, Branch, ...
          "runtime -> (facade)",
          // TODO(verify owner): MigrateConfig, VerifyOptions, VerifyReport.
          "verify -> (facade)");

  /** A reference to an engine type: the package is everything before the first capital. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.migrate\\.engine((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern MAVEN = Pattern.compile("\\borg\\.apache\\.maven\\.");

  @Test
  void enginePackagesFormNoCycleBeyondTheKnownOnes() {
    Map<String, Set<String>> uses = dependencies(MAIN);
    assertThat(uses).containsKeys("graph", "sql", "script", "migration", "common", "(facade)");

    Set<String> edges = new TreeSet<>();
    uses.forEach((from, tos) -> tos.forEach(to -> edges.add(from + " -> " + to)));
    assertThat(edges)
        .as("a known cycle edge is gone: remove it from KNOWN_CYCLE_EDGES")
        .containsAll(KNOWN_CYCLE_EDGES);

    Map<String, Set<String>> remaining = new TreeMap<>();
    uses.forEach(
        (from, tos) -> {
          Set<String> kept = new TreeSet<>(tos);
          kept.removeIf(to -> KNOWN_CYCLE_EDGES.contains(from + " -> " + to));
          remaining.put(from, kept);
        });
    assertThat(cycle(remaining)).as("a cycle between engine packages").isEmpty();
  }

  @Test
  void cycleFinderFindsACycle() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());
    assertThat(cycle(graph)).hasSize(4).startsWith("a").endsWith("a");
    assertThat(cycle(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
  }

  @Test
  void engineDoesNotKnowMaven() {
    List<String> offenders = new ArrayList<>();
    for (Path root : List.of(MAIN, TEST)) {
      for (Path file : javaFiles(root)) {
        if (MAVEN.matcher(code(file)).find()) {
          offenders.add(root.relativize(file).toString());
        }
      }
    }
    assertThat(offenders).as("engine files that mention org.apache.maven").isEmpty();
  }

  /** Package (relative to the engine, the facade as "(facade)") to the engine packages it uses. */
  private static Map<String, Set<String>> dependencies(Path root) {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Path file : javaFiles(root)) {
      String text = code(file);
      Matcher declared = PACKAGE.matcher(text);
      if (!declared.find() || !declared.group(1).startsWith(ENGINE)) {
        continue;
      }
      String from = name(declared.group(1).substring(ENGINE.length()));
      Set<String> tos = uses.computeIfAbsent(from, k -> new TreeSet<>());
      Matcher ref = REFERENCE.matcher(text);
      while (ref.find()) {
        String to = name(ref.group(1));
        if (!to.equals(from)) {
          tos.add(to);
        }
      }
    }
    return uses;
  }

  private static String name(String suffix) {
    return suffix.isEmpty() ? "(facade)" : suffix.substring(1);
  }

  /** One cycle as a path that ends where it starts, or empty when the graph is acyclic. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new TreeSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      List<String> found = visit(start, graph, new ArrayList<>(), done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(
      String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
    int at = path.indexOf(node);
    if (at >= 0) {
      List<String> found = new ArrayList<>(path.subList(at, path.size()));
      found.add(node);
      return found;
    }
    if (done.contains(node)) {
      return List.of();
    }
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      List<String> found = visit(next, graph, path, done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.add(node);
    return List.of();
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file without comments: Javadoc links are not dependencies. */
  private static String code(Path file) {
    try {
      return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
