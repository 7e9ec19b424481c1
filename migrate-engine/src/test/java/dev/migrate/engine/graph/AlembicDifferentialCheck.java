package dev.migrate.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Plans on random DAGs compared with Alembic's own code ({@code
 * src/test/python/alembic_oracle.py}). Named *Check so that the default build, which has no Python,
 * neither runs nor skips it. Run it with Alembic installed ({@code apt-get install
 * python3-alembic}): {@code mvn -pl migrate-engine test -Dtest=AlembicDifferentialCheck
 * -Dmigrate.alembicOracle=/usr/bin/python3}.
 *
 * <p>Compared: the revisions each command runs, in order, and the version rows afterwards (which
 * rows a merge deletes is set-order in Alembic, the final rows are not). Cases where Alembic
 * crashes (AssertionError, KeyError) are counted, not compared: there we throw typed errors.
 */
@EnabledIfSystemProperty(named = "migrate.alembicOracle", matches = ".+")
class AlembicDifferentialCheck {
  private static final int GRAPHS = Integer.getInteger("migrate.alembicGraphs", 300);

  private record Case(String cmd, List<String> rows, String target) {}

  private record Generated(List<Revision> revisions, List<Case> cases) {}

  @Test
  void plansMatchAlembicOnRandomGraphs() throws Exception {
    List<Generated> graphs = new ArrayList<>();
    for (int seed = 1; seed <= GRAPHS; seed++) {
      graphs.add(generate(new Random(seed)));
    }
    List<String> oracle = runOracle(graphs);
    int index = 0;
    int compared = 0;
    int alembicCrashes = 0;
    int deviations = 0;
    List<String> mismatches = new ArrayList<>();
    java.util.Map<String, Integer> crashKinds = new java.util.TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (int g = 0; g < graphs.size(); g++) {
      Generated gen = graphs.get(g);
      RevisionGraph graph = RevisionGraph.of(gen.revisions());
      for (Case c : gen.cases()) {
        String expected = oracle.get(index++);
        String actual = ours(graph, c);
        if (expected.startsWith("ERR AssertionError") || expected.startsWith("ERR KeyError")) {
          alembicCrashes++;
          crashKinds.merge(
              expected.substring(0, Math.min(expected.length(), 60))
                  + (actual.startsWith("ERR") ? " -> ours: error" : " -> ours: plan"),
              1,
              Integer::sum);
          if (actual.startsWith("BROKEN")) {
            mismatches.add(describe(gen.revisions()) + " " + c + " -> " + actual);
          }
          if (!actual.startsWith("ERR") && examples.size() < 12) {
            examples.add(
                describe(gen.revisions())
                    + "\n    "
                    + c
                    + " -> alembic "
                    + expected
                    + " / ours "
                    + actual);
          }
          continue;
        }
        if (c.cmd().equals("stamp") && c.target().equals("heads") && graph.heads().size() > 1) {
          // Deliberate deviation (Stamper): each head moves only its own rows; Alembic merges
          // unrelated rows into the first head. Ours must end exactly at the heads.
          List<String> heads = new ArrayList<>(Graphs.ids(graph.heads()));
          Collections.sort(heads);
          deviations++;
          if (!actual.endsWith("| " + String.join(",", heads))) {
            mismatches.add("stamp heads on graph " + (g + 1) + ": " + c + " -> " + actual);
          }
          continue;
        }
        compared++;
        boolean same =
            expected.startsWith("ERR") ? actual.startsWith("ERR") : expected.equals(actual);
        if (!same) {
          mismatches.add(
              "graph "
                  + (g + 1)
                  + " "
                  + describe(gen.revisions())
                  + "\n  "
                  + c
                  + "\n  alembic: "
                  + expected
                  + "\n  ours:    "
                  + actual);
        }
      }
    }
    System.out.printf(
        "differential: %d cases compared, %d Alembic crashes skipped, %d multi-head stamps checked"
            + " against the heads, %d mismatches%n",
        compared, alembicCrashes, deviations, mismatches.size());
    crashKinds.forEach((k, v) -> System.out.println("  " + v + " x " + k));
    examples.forEach(e -> System.out.println("  example: " + e));
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
  }

  private static String ours(RevisionGraph graph, Case c) {
    try {
      Planner planner = new Planner(graph);
      Plan plan;
      switch (c.cmd()) {
        case "history" -> {
          return "OK " + String.join(",", Graphs.ids(graph.history(c.rows(), c.target()))) + " | -";
        }
        case "labels" -> {
          List<String> parts = new ArrayList<>();
          for (Revision r : graph.revisions()) {
            parts.add(r.id() + "=" + String.join("+", graph.labels(r.id())));
          }
          return "OK " + String.join(",", parts) + " | -";
        }
        case "stamp" -> {
          Plan stamp = planner.stamp(c.rows(), List.of(c.target()), false);
          List<String> heads = new ArrayList<>(stamp.headsAfter());
          Collections.sort(heads);
          return "OK " + stamp.steps().size() + " steps | " + String.join(",", heads);
        }
        case "upgrade" -> plan = planner.upgrade(c.rows(), c.target());
        default -> plan = planner.downgrade(c.rows(), c.target());
      }
      List<String> order = new ArrayList<>();
      for (Step s : plan.steps()) {
        order.add(s.revision().id());
      }
      List<String> heads = new ArrayList<>(plan.headsAfter());
      Collections.sort(heads);
      try {
        graph.current(heads); // the rows must stay an antichain of known revisions
      } catch (GraphException e) {
        return "BROKEN ROWS " + heads + ": " + e.getMessage();
      }
      return "OK " + String.join(",", order) + " | " + String.join(",", heads);
    } catch (GraphException e) {
      return "ERR " + e.getMessage();
    }
  }

  private static Generated generate(Random rnd) {
    int n = 4 + rnd.nextInt(Integer.getInteger("migrate.alembicMaxSize", 15) - 3);
    List<String> ids = new ArrayList<>();
    List<BitSet> ancestors = new ArrayList<>();
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "r" + i;
      List<String> parents = new ArrayList<>();
      BitSet anc = new BitSet();
      double roll = rnd.nextDouble();
      if (i > 0 && roll > 0.15) {
        int p = i - 1 - rnd.nextInt(Math.min(i, 4));
        parents.add(ids.get(p));
        anc.or(ancestors.get(p));
        if (roll > 0.8 && i > 1) {
          int q = rnd.nextInt(i);
          if (q != p && !ancestors.get(p).get(q) && !ancestors.get(q).get(p)) {
            parents.add(ids.get(q));
            anc.or(ancestors.get(q));
          }
        }
      }
      List<String> deps = new ArrayList<>();
      if (i > 1 && rnd.nextDouble() < 0.2) {
        int d = rnd.nextInt(i);
        if (!parents.contains(ids.get(d))) {
          deps.add(ids.get(d));
          anc.or(ancestors.get(d));
        }
      }
      anc.set(i);
      List<String> labels = rnd.nextDouble() < 0.2 ? List.of("lab" + i) : List.of();
      ids.add(id);
      ancestors.add(anc);
      revisions.add(new Revision(id, parents, labels, deps, "", id + ".sql"));
    }
    Collections.shuffle(revisions, rnd);
    RevisionGraph graph = RevisionGraph.of(revisions);
    Planner planner = new Planner(graph);
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("labels", List.of(), ""));
    for (int state = 0; state < 3; state++) {
      List<String> rows = List.of();
      for (int k = 0; k < state; k++) {
        String target = ids.get(rnd.nextInt(n));
        rows = planner.upgrade(rows, target).headsAfter();
      }
      rows = new ArrayList<>(rows);
      Collections.shuffle(rows, rnd);
      String some = ids.get(rnd.nextInt(n));
      String other = ids.get(rnd.nextInt(n));
      cases.add(new Case("upgrade", rows, "heads"));
      cases.add(new Case("upgrade", rows, some));
      cases.add(new Case("upgrade", rows, "+1"));
      cases.add(new Case("upgrade", rows, some + "+1"));
      cases.add(new Case("upgrade", rows, some + "-1"));
      cases.add(new Case("downgrade", rows, "base"));
      cases.add(new Case("downgrade", rows, other));
      cases.add(new Case("downgrade", rows, "-1"));
      cases.add(new Case("downgrade", rows, other + "@" + some));
      cases.add(new Case("stamp", rows, some));
      cases.add(new Case("upgrade", rows, "base+2"));
      cases.add(new Case("upgrade", rows, "head-1"));
      cases.add(new Case("upgrade", rows, other + "@head"));
      cases.add(new Case("upgrade", rows, other + "@heads"));
      cases.add(new Case("downgrade", rows, some + "-1"));
      cases.add(new Case("downgrade", rows, some + "+1"));
      cases.add(new Case("downgrade", rows, "base+1"));
      cases.add(new Case("downgrade", rows, "-2"));
      cases.add(new Case("downgrade", rows, other + "@-1"));
      cases.add(new Case("stamp", rows, "heads"));
      cases.add(new Case("stamp", rows, "base"));
      for (Revision r : revisions) {
        for (String label : r.branchLabels()) {
          cases.add(new Case("upgrade", rows, label + "@head"));
          cases.add(new Case("downgrade", rows, label + "@base"));
          cases.add(new Case("downgrade", rows, label + "@-1"));
          cases.add(new Case("upgrade", rows, label + "@+1"));
          cases.add(new Case("upgrade", rows, label + "@head-1"));
          cases.add(new Case("downgrade", rows, label + "@base+1"));
          cases.add(new Case("downgrade", rows, label + "@" + some));
          cases.add(new Case("stamp", rows, label + "@head"));
          cases.add(new Case("stamp", rows, label + "@base"));
        }
      }
    }
    String some = ids.get(rnd.nextInt(n));
    String other = ids.get(rnd.nextInt(n));
    cases.add(new Case("history", List.of(), ":"));
    cases.add(new Case("history", List.of(), some + ":"));
    cases.add(new Case("history", List.of(), ":" + some));
    cases.add(new Case("history", List.of(), some + ":" + other));
    cases.add(new Case("history", List.of(), "-1:" + some));
    cases.add(new Case("history", List.of(), some + ":+1"));
    cases.add(new Case("history", List.of(), ":heads"));
    for (Revision r : revisions) {
      for (String label : r.branchLabels()) {
        cases.add(new Case("history", List.of(), label + "@base:"));
        cases.add(new Case("history", List.of(), ":" + label + "@head"));
      }
    }
    return new Generated(revisions, cases);
  }

  private static List<String> runOracle(List<Generated> graphs) throws Exception {
    StringBuilder json = new StringBuilder("{\"graphs\": [");
    for (int g = 0; g < graphs.size(); g++) {
      json.append(g == 0 ? "" : ",").append("{\"revisions\": [");
      List<Revision> revisions = graphs.get(g).revisions();
      for (int i = 0; i < revisions.size(); i++) {
        Revision r = revisions.get(i);
        json.append(i == 0 ? "" : ",")
            .append("{\"id\": \"")
            .append(r.id())
            .append("\", \"down\": ")
            .append(list(r.downRevisions()))
            .append(", \"deps\": ")
            .append(list(r.dependsOn()))
            .append(", \"labels\": ")
            .append(list(r.branchLabels()))
            .append("}");
      }
      json.append("], \"cases\": [");
      List<Case> cases = graphs.get(g).cases();
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        json.append(i == 0 ? "" : ",")
            .append("{\"cmd\": \"")
            .append(c.cmd())
            .append("\", \"rows\": ")
            .append(list(c.rows()))
            .append(", \"target\": \"")
            .append(c.target())
            .append("\"}");
      }
      json.append("]}");
    }
    json.append("]}");
    Path input = Files.createTempFile("oracle", ".json");
    Files.writeString(input, json);
    Process process =
        new ProcessBuilder(
                System.getProperty("migrate.alembicOracle"),
                Path.of("src/test/python/alembic_oracle.py").toAbsolutePath().toString())
            .redirectInput(input.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    process.waitFor(5, TimeUnit.MINUTES);
    Files.delete(input);
    if (process.exitValue() != 0) {
      throw new IOException("oracle failed with exit code " + process.exitValue());
    }
    return new String(out, StandardCharsets.UTF_8).lines().toList();
  }

  private static String list(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String v : values) {
      quoted.add("\"" + v + "\"");
    }
    return "[" + String.join(", ", quoted) + "]";
  }

  private static String describe(List<Revision> revisions) {
    List<String> parts = new ArrayList<>();
    for (Revision r : revisions) {
      parts.add(
          r.id()
              + ":"
              + r.downRevisions()
              + (r.dependsOn().isEmpty() ? "" : " deps" + r.dependsOn())
              + (r.branchLabels().isEmpty() ? "" : " " + r.branchLabels()));
    }
    return String.join("; ", parts);
  }
}
