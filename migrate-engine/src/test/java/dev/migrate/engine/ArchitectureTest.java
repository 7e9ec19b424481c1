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
 * The engine's package dependencies, read from the source tree: they must be acyclic and exactly as
 * {@code common/package-info.java} draws them, and the engine must not know Maven.
 */
class ArchitectureTest {
  private static final String ENGINE = "dev.migrate.engine";
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");

  /** A reference to an engine type: the package is everything before the first capital. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.migrate\\.engine((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern PRE = Pattern.compile("(?s)<pre>(.*?)</pre>");
  private static final Pattern ARROW =
      Pattern.compile("(?m)^\\s*\\*\\s*([\\w.]+)[^\\n]*?-&gt;([^\\n]*)$");
  private static final Pattern MAVEN = Pattern.compile("\\borg\\.apache\\.maven\\.");
  private static final Pattern JDBC = Pattern.compile("\\bjava\\.sql\\.|\\bjavax\\.sql\\.");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");

  /**
   * The public API, keyed like {@link #dependencies}: what module-info exports and all that the
   * front ends may use. Making another package API is a decision to take here, on purpose.
   */
  private static final Set<String> API =
      Set.of("(facade)", "api", "api.error", "common", "migration");

  /** The front ends' sources, and the JPA model source's, beside the engine in the reactor. */
  private static final List<Path> FRONT_ENDS =
      List.of(
          Path.of("../migrate-cli/src/main/java"),
          Path.of("../migrate-maven-plugin/src/main/java"),
          Path.of("../migrate-jpa/src/main/java"));

  private static final Path CLI_MAIN = Path.of("../migrate-cli/src/main/java");
  private static final Path PLUGIN_MAIN = Path.of("../migrate-maven-plugin/src/main/java");
  private static final Path REGISTRY =
      Path.of("src/main/resources/META-INF/services/dev.migrate.engine.database.DatabaseSupport");

  /** Reading the product name, a kind constant, a string test or switch case on a database. */
  private static final Pattern DATABASE_TEST =
      Pattern.compile(
          "getDatabaseProductName|DatabaseKind\\.[A-Z]|SqlSyntax\\.[A-Z]{2}"
              + "|(?i:(?:startsWith|regionMatches|contains|equals|equalsIgnoreCase|matches)"
              + "\\([^;]*\"(?:jdbc:)?(?:postgres\\w*|mariadb|mysql|h2)\\b)"
              + "|(?i:\"(?:postgres\\w*|mariadb|mysql|h2)\"\\.equals)"
              + "|case\\s+\"?(?:POSTGRESQL|MARIADB|MYSQL|H2|postgresql|mariadb|mysql|h2)\\b");

  @Test
  void enginePackagesFormNoCycle() {
    Map<String, Set<String>> uses = dependencies(MAIN);
    assertThat(uses)
        .containsKeys(
            "api",
            "graph",
            "sql",
            "script",
            "migration",
            "common",
            "schema",
            "schema.change",
            "(facade)");
    assertThat(cycle(uses)).as("a cycle between engine packages").isEmpty();
  }

  @Test
  void packageDiagramMatchesTheCode() {
    Map<String, Set<String>> uses = new TreeMap<>(dependencies(MAIN));
    uses.values().removeIf(Set::isEmpty);
    assertThat(diagram(MAIN.resolve("dev/migrate/engine/common/package-info.java")))
        .as("the diagram in common/package-info.java")
        .isEqualTo(uses);
  }

  /**
   * Per-database knowledge has one home: outside {@code database} and its packages, no code reads
   * the product name, names a {@code DatabaseKind} constant, tests a string against a database's
   * name or URL prefix, or switches over databases (front ends included).
   */
  @Test
  void perDatabaseKnowledgeStaysInTheDatabasePackages() {
    List<String> offenders = new ArrayList<>();
    for (Path root : List.of(MAIN, CLI_MAIN, PLUGIN_MAIN)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      for (Path file : javaFiles(root)) {
        String text = code(file);
        Matcher declared = PACKAGE.matcher(text);
        if (declared.find() && declared.group(1).startsWith(ENGINE + ".database")) {
          continue;
        }
        Matcher leak = DATABASE_TEST.matcher(text);
        while (leak.find()) {
          offenders.add(root.relativize(file) + ": " + leak.group());
        }
      }
    }
    assertThat(offenders).as("per-database tests outside the database packages").isEmpty();
  }

  /**
   * Every database package is registered for {@code Databases} and used by no other package, so a
   * database is added (or removed) by its package and its line in the registry.
   */
  @Test
  void databasePackagesAreRegisteredAndUsedByNobody() throws IOException {
    Map<String, Set<String>> uses = dependencies(MAIN);
    Set<String> databases = new TreeSet<>();
    uses.keySet().stream().filter(p -> p.startsWith("database.")).forEach(databases::add);
    assertThat(databases).isNotEmpty();
    Set<String> registered = new TreeSet<>();
    for (String line : Files.readAllLines(REGISTRY)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String name = line.trim();
        registered.add(name.substring(ENGINE.length() + 1, name.lastIndexOf('.')));
      }
    }
    assertThat(registered).as("the packages listed in " + REGISTRY).isEqualTo(databases);
    uses.forEach(
        (from, tos) -> {
          if (!from.startsWith("database.")) {
            assertThat(tos)
                .as(from + " uses a database package")
                .doesNotContainAnyElementsOf(databases);
          }
        });
  }

  @Test
  void cycleFinderFindsACycle() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());
    assertThat(cycle(graph)).hasSize(4).startsWith("a").endsWith("a");
    assertThat(cycle(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
  }

  @Test
  void theSchemaModelStandsAlone() {
    Map<String, Set<String>> uses = dependencies(MAIN);
    assertThat(uses.get("schema")).as("what the schema model uses").isEmpty();
    assertThat(uses.get("schema.change"))
        .as("what the change values and the differ use")
        .isSubsetOf("schema", "common");
    List<String> jdbc = new ArrayList<>();
    for (Path file : javaFiles(MAIN.resolve("dev/migrate/engine/schema"))) {
      if (JDBC.matcher(code(file)).find()) {
        jdbc.add(MAIN.relativize(file).toString());
      }
    }
    assertThat(jdbc).as("schema model files that use JDBC").isEmpty();
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

  @Test
  void moduleExportsExactlyTheApi() {
    Set<String> exported = new TreeSet<>();
    Matcher export = EXPORTS.matcher(code(MAIN.resolve("module-info.java")));
    while (export.find()) {
      assertThat(export.group(1)).startsWith(ENGINE);
      exported.add(name(export.group(1).substring(ENGINE.length())));
    }
    assertThat(exported).as("packages module-info.java exports").isEqualTo(new TreeSet<>(API));
  }

  @Test
  void frontEndsUseOnlyTheApi() {
    Map<String, Set<String>> offenders = new TreeMap<>();
    for (Path root : FRONT_ENDS) {
      assertThat(root).as("a front end's sources").isDirectory();
      for (Path file : javaFiles(root)) {
        Matcher ref = REFERENCE.matcher(code(file));
        while (ref.find()) {
          String used = name(ref.group(1));
          if (!API.contains(used)) {
            offenders
                .computeIfAbsent(file.getFileName().toString(), k -> new TreeSet<>())
                .add(used);
          }
        }
      }
    }
    assertThat(offenders).as("front-end files that use internal engine packages").isEmpty();
  }

  @Test
  void internalUseIsFoundInAFrontEndFile() {
    Matcher ref = REFERENCE.matcher("import dev.migrate.engine.jdbc.DatabaseUrl;");
    assertThat(ref.find()).isTrue();
    assertThat(API).doesNotContain(name(ref.group(1)));
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

  /** The "uses" arrows drawn in a package-info's {@code <pre>} block, keyed like dependencies. */
  private static Map<String, Set<String>> diagram(Path packageInfo) {
    String text;
    try {
      text = Files.readString(packageInfo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher block = PRE.matcher(text);
    assertThat(block.find()).as("a <pre> block in " + packageInfo).isTrue();
    Map<String, Set<String>> drawn = new TreeMap<>();
    Matcher arrow = ARROW.matcher(block.group(1));
    while (arrow.find()) {
      String from = arrow.group(1).equals(ENGINE) ? "(facade)" : arrow.group(1);
      drawn.put(from, new TreeSet<>(List.of(arrow.group(2).trim().split("\\s*,\\s*"))));
    }
    return drawn;
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
