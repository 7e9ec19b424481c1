package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps docs/goals.md true: every goal, its default phase, and every parameter with its property
 * and default, exactly as the generated plugin descriptor has them, and nothing the code lacks. The
 * fleet's parameters, shared by the goals that run over a fleet, have a section of their own.
 */
class GoalsDocumentationTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path DOCS = Path.of("../docs/goals.md");
  private static final String FLEET = "Fleet parameters";

  record Param(String name, String property, String defaultValue) {}

  record Goal(String name, String phase, Map<String, Param> params) {}

  static Map<String, Goal> goals;
  static Map<String, List<String>> sections;

  @BeforeAll
  static void read() throws Exception {
    goals = descriptor();
    sections = sections(Files.readAllLines(DOCS));
  }

  @Test
  void everyGoalHasASectionAndNoSectionIsStale() {
    Set<String> documented = new LinkedHashSet<>(sections.keySet());
    documented.remove("Common parameters");
    documented.remove(FLEET);
    documented.remove("");
    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            goals.keySet().stream().map(g -> "migrate:" + g).toList());
  }

  @Test
  void commonParametersMatchTheBaseMojo() {
    Map<String, Param> common = commonParams();
    assertThat(rows(sections.get("Common parameters"))).isEqualTo(common);
  }

  @Test
  void fleetParametersMatchEveryGoalThatTakesThemAndNameThoseGoals() {
    Map<String, Param> fleet = rows(sections.get(FLEET));
    assertThat(fleet).containsKeys("targets", "targetsQuery", "parallel", "shardIndex");
    List<String> fleetGoals = fleetGoals(fleet);
    assertThat(fleetGoals).contains("upgrade", "downgrade", "stamp", "current", "status", "check");
    String text = String.join("\n", sections.get(FLEET));
    for (String goal : fleetGoals) {
      Map<String, Param> taken = new LinkedHashMap<>(goals.get(goal).params());
      taken.keySet().retainAll(fleet.keySet());
      assertThat(taken).as("fleet parameters of migrate:%s", goal).isEqualTo(fleet);
      assertThat(text).contains("`migrate:" + goal + "`");
    }
  }

  @Test
  void eachGoalDocumentsItsOwnParametersAndPhase() {
    Set<String> common = commonParams().keySet();
    Map<String, Param> fleet = rows(sections.get(FLEET));
    List<String> fleetGoals = fleetGoals(fleet);
    for (Goal goal : goals.values()) {
      List<String> section = sections.get("migrate:" + goal.name());
      Map<String, Param> own = new LinkedHashMap<>(goal.params());
      own.keySet().removeAll(common);
      if (fleetGoals.contains(goal.name())) {
        own.keySet().removeAll(fleet.keySet());
      }
      assertThat(rows(section)).as("parameters of migrate:%s", goal.name()).isEqualTo(own);
      String phaseLine = "Default phase: `" + goal.phase() + "`.";
      if (goal.phase() != null) {
        assertThat(section).as("phase of migrate:%s", goal.name()).contains(phaseLine);
      } else {
        assertThat(section).noneMatch(line -> line.startsWith("Default phase:"));
      }
    }
  }

  @Test
  void everyMojoIsThreadSafeAndResolvesTheRuntimeClasspath() throws Exception {
    Document document = parse();
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      assertThat(text(mojo, "threadSafe")).as(text(mojo, "goal")).isEqualTo("true");
      assertThat(text(mojo, "requiresDependencyResolution")).isEqualTo("runtime");
    }
  }

  /** The goals that take the fleet section's first parameter. */
  private static List<String> fleetGoals(Map<String, Param> fleet) {
    String first = fleet.keySet().iterator().next();
    return goals.values().stream()
        .filter(goal -> goal.params().containsKey(first))
        .map(Goal::name)
        .toList();
  }

  private static Map<String, Param> commonParams() {
    Map<String, Param> common = null;
    for (Goal goal : goals.values()) {
      if (common == null) {
        common = new LinkedHashMap<>(goal.params());
      } else {
        common.keySet().retainAll(goal.params().keySet());
      }
    }
    return common;
  }

  private static Map<String, Param> rows(List<String> section) {
    Map<String, Param> rows = new LinkedHashMap<>();
    for (String line : section) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String name = unquote(cells[1]);
      rows.put(name, new Param(name, unquote(cells[2]), unquote(cells[3])));
    }
    return rows;
  }

  private static String unquote(String cell) {
    String text = cell.trim();
    if (text.isEmpty()) {
      return null;
    }
    return text.substring(1, text.length() - 1);
  }

  private static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String current = "";
    sections.put(current, new ArrayList<>());
    for (String line : lines) {
      if (line.startsWith("## ")) {
        current = line.substring(3).trim();
        sections.put(current, new ArrayList<>());
      } else {
        sections.get(current).add(line);
      }
    }
    return sections;
  }

  private static Map<String, Goal> descriptor() throws Exception {
    Map<String, Goal> goals = new LinkedHashMap<>();
    NodeList mojos = parse().getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      Map<String, String[]> configuration = new HashMap<>();
      Element config = child(mojo, "configuration");
      for (Node node = config.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element element) {
          String expression = element.getTextContent().trim();
          String property =
              expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : null;
          String defaultValue = element.getAttribute("default-value");
          configuration.put(
              element.getTagName(),
              new String[] {property, defaultValue.isEmpty() ? null : defaultValue});
        }
      }
      Map<String, Param> params = new LinkedHashMap<>();
      NodeList parameters = child(mojo, "parameters").getElementsByTagName("parameter");
      for (int j = 0; j < parameters.getLength(); j++) {
        Element parameter = (Element) parameters.item(j);
        if (!"true".equals(text(parameter, "editable"))) {
          continue;
        }
        String name = text(parameter, "name");
        String[] values = configuration.getOrDefault(name, new String[2]);
        params.put(name, new Param(name, values[0], values[1]));
      }
      String goal = text(mojo, "goal");
      goals.put(goal, new Goal(goal, text(mojo, "phase"), params));
    }
    return goals;
  }

  private static Document parse() throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().trim();
  }
}
