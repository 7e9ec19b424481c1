package dev.migrate.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.engine.api.error.GraphException;
import dev.migrate.engine.graph.RandomGraphCases.Case;
import dev.migrate.engine.graph.RandomGraphCases.Generated;
import dev.migrate.engine.testing.TestServers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our plans agree with Alembic's own code on a seeded sample of random graphs (see {@link
 * RandomGraphCases}): for each command, the revisions it runs, in order, and the version rows
 * afterwards (which rows a merge deletes is set-order in Alembic; the final rows are not). Where
 * Alembic errs, ours must err too.
 *
 * <p>Alembic comes from the distribution ({@code apt-get install -y python3-alembic}); without it
 * the test is skipped with that advice, and fails under {@code MIGRATE_REQUIRE_DATABASES=1} (CI).
 * Graph {@code i} is generated from seed {@code migrate.alembicSeed + i}; a mismatch names its
 * graph's seed and the command that replays that graph alone. {@code -Dmigrate.alembicGraphs=N} and
 * {@code -Dmigrate.alembicMaxSize=N} widen the sample.
 *
 * <p>Not compared: cases where Alembic crashes (AssertionError, KeyError; there we throw typed
 * errors or plan what Alembic's assertions reject), counted in the output; and {@code stamp heads}
 * on a graph of several heads, a deliberate deviation ({@code Stamper}): each head moves only its
 * own rows, where Alembic merges unrelated rows into the first head, so ours must end exactly at
 * the heads.
 */
class AlembicAgreementTest {
  private static final long SEED = Long.getLong("migrate.alembicSeed", 1);
  private static final int GRAPHS = Integer.getInteger("migrate.alembicGraphs", 300);
  private static final int MAX_SIZE = Integer.getInteger("migrate.alembicMaxSize", 15);
  private static final int SHOWN = 20;

  @Test
  void plansMatchAlembicOnRandomGraphs() throws Exception {
    AlembicOracle alembic = oracle();
    List<Generated> graphs = new ArrayList<>();
    for (int i = 0; i < GRAPHS; i++) {
      graphs.add(RandomGraphCases.generate(SEED + i, MAX_SIZE));
    }
    System.out.printf(
        "Alembic agreement: seed %d (-Dmigrate.alembicSeed), %d graphs, asking %s%n",
        SEED, GRAPHS, alembic.describe());
    long start = System.nanoTime();
    List<String> answers = alembic.answer(graphs);
    Tally tally = new Tally();
    int index = 0;
    for (Generated g : graphs) {
      RevisionGraph graph = RevisionGraph.of(g.revisions());
      for (Case c : g.cases()) {
        tally.judge(g, graph, c, answers.get(index++), ours(graph, c));
      }
    }
    System.out.printf(
        "Alembic agreement: seed %d, %d graphs of 4-%d revisions, %d cases: %d compared,"
            + " %d Alembic crashes not compared, %d multi-head stamps checked against the heads,"
            + " %d mismatches, %.1f s%n",
        SEED,
        GRAPHS,
        MAX_SIZE,
        index,
        tally.compared,
        tally.crashes,
        tally.multiHeadStamps,
        tally.mismatches.size(),
        (System.nanoTime() - start) / 1e9);
    tally.crashKinds.forEach((kind, n) -> System.out.println("  " + n + " x " + kind));
    if (!tally.mismatches.isEmpty()) {
      fail(
          String.format(
              "%d of %d cases disagree with Alembic%s:%n%s",
              tally.mismatches.size(),
              index,
              tally.mismatches.size() > SHOWN ? " (the first " + SHOWN + " shown)" : "",
              String.join(
                  "\n", tally.mismatches.subList(0, Math.min(SHOWN, tally.mismatches.size())))));
    }
    assertThat(tally.compared)
        .as("most cases must be compared, not skipped as Alembic crashes")
        .isGreaterThan(index / 2);
  }

  /** Alembic, or a skip (a failure in CI) that says how to install it. */
  private static AlembicOracle oracle() {
    List<String> tried = new ArrayList<>();
    Optional<AlembicOracle> found = AlembicOracle.find(tried);
    if (found.isEmpty()) {
      String why =
          "Alembic agreement check needs a python3 with Alembic (apt-get install -y"
              + " python3-alembic, or -Dmigrate.alembicPython=PATH); tried "
              + String.join("; ", tried);
      System.out.println("SKIPPED: " + why);
      if (TestServers.databasesRequired()) {
        fail(why + " (MIGRATE_REQUIRE_DATABASES=1)");
      }
      Assumptions.abort(why);
    }
    return found.orElseThrow();
  }

  /** What each case came to, and the mismatches worded for replay. */
  private static final class Tally {
    int compared;
    int crashes;
    int multiHeadStamps;
    final List<String> mismatches = new ArrayList<>();
    final Map<String, Integer> crashKinds = new TreeMap<>();

    void judge(Generated g, RevisionGraph graph, Case c, String alembic, String ours) {
      if (alembic.startsWith("ERR AssertionError") || alembic.startsWith("ERR KeyError")) {
        crashes++;
        crashKinds.merge(
            crashKind(alembic) + (ours.startsWith("ERR") ? " -> ours: error" : " -> ours: plan"),
            1,
            Integer::sum);
        if (ours.startsWith("BROKEN")) {
          mismatches.add(mismatch(g, c, alembic, ours));
        }
        return;
      }
      if (c.cmd().equals("stamp") && c.target().equals("heads") && graph.heads().size() > 1) {
        multiHeadStamps++;
        List<String> heads = new ArrayList<>(Graphs.ids(graph.heads()));
        Collections.sort(heads);
        if (!ours.endsWith("| " + String.join(",", heads))) {
          mismatches.add(mismatch(g, c, "(deliberate deviation) rows " + heads, ours));
        }
        return;
      }
      compared++;
      boolean same = alembic.startsWith("ERR") ? ours.startsWith("ERR") : alembic.equals(ours);
      if (!same) {
        mismatches.add(mismatch(g, c, alembic, ours));
      }
    }

    /** {@code ERR KeyError: 'r5'} -> {@code KeyError}; the oracle's own check keeps its name. */
    private static String crashKind(String alembic) {
      String[] parts = alembic.substring("ERR ".length()).split(":", 3);
      String detail = parts.length > 1 ? parts[1].strip() : "";
      return detail.equals("CorruptRows")
          ? parts[0] + " (CorruptRows: a row implied by another)"
          : parts[0];
    }

    private static String mismatch(Generated g, Case c, String alembic, String ours) {
      return "graph seed "
          + g.seed()
          + " (replay: mvn -B -pl migrate-engine test -Dtest=AlembicAgreementTest"
          + " -Dmigrate.alembicSeed="
          + g.seed()
          + " -Dmigrate.alembicGraphs=1"
          + (MAX_SIZE == 15 ? "" : " -Dmigrate.alembicMaxSize=" + MAX_SIZE)
          + ")\n  graph:   "
          + g.describe()
          + "\n  case:    "
          + c
          + "\n  alembic: "
          + alembic
          + "\n  ours:    "
          + ours;
    }
  }

  /** Our answer in the oracle's line format: {@code OK <order> | <rows>} or {@code ERR ...}. */
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
}
