package dev.migrate.bench;

import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Planner;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The revision graph at 10,000 revisions: build, plan {@code upgrade base -> heads} and {@code
 * downgrade heads -> base}, list heads and the whole history. Two generated shapes: one line, and
 * 50 long-lived branches with merges and depends_on edges. Arguments: {@code [revisions] [runs]}.
 */
final class GraphBenchmark {
  private GraphBenchmark() {}

  static void run(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Timer timer = new Timer(Math.max(3, runs / 2), runs);
    System.out.printf(
        Locale.ROOT,
        "graph benchmark: %,d revisions, median of %d runs after warm-up (ms)%n",
        size,
        runs);
    System.out.printf(
        Locale.ROOT, "%-26s %-28s %9s %9s%n", "shape", "operation", "cpu ms", "wall ms");
    measure("linear", linear(size), timer);
    measure("50 branches+merges+deps", branchy(size, 50, new Random(42)), timer);
    loadFromFiles(branchy(size, 50, new Random(42)), new Timer(2, Math.max(3, runs / 3)));
  }

  /** Writes the revisions as SQL scripts, then times loading them and building the graph. */
  private static void loadFromFiles(List<Revision> revisions, Timer timer) throws Exception {
    Path dir = Files.createTempDirectory("migrate-bench-");
    try {
      int minute = 0;
      for (Revision r : revisions) {
        String name =
            String.format(
                Locale.ROOT,
                "2025%04d_%04d-%s_step.sql",
                101 + minute / 1440,
                minute % 1440,
                r.id());
        minute++;
        Files.writeString(dir.resolve(name), script(r));
      }
      List<String> locations = List.of("filesystem:" + dir);
      ClassLoader loader = GraphBenchmark.class.getClassLoader();
      List<Migration> loaded = MigrationLoader.standard().load(locations, loader, dir);
      if (loaded.size() != revisions.size()) {
        throw new IllegalStateException("loaded " + loaded.size() + " scripts");
      }
      report(
          "files on disk",
          "load " + revisions.size() + " scripts + build",
          timer.measure(
              () ->
                  RevisionGraph.of(
                      MigrationLoader.standard().load(locations, loader, dir).stream()
                          .map(Migration::revision)
                          .toList())));
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        System.err.println("could not delete " + dir + ": " + e.getMessage());
      }
    }
  }

  private static String script(Revision r) {
    StringBuilder sb = new StringBuilder();
    sb.append("-- revision: ").append(r.id()).append('\n');
    sb.append("-- down_revision: ").append(String.join(", ", r.downRevisions())).append('\n');
    sb.append("-- message: step ").append(r.id()).append('\n');
    if (!r.branchLabels().isEmpty()) {
      sb.append("-- branch_labels: ").append(String.join(", ", r.branchLabels())).append('\n');
    }
    if (!r.dependsOn().isEmpty()) {
      sb.append("-- depends_on: ").append(String.join(", ", r.dependsOn())).append('\n');
    }
    sb.append("\n-- migrate:upgrade\n");
    sb.append("CREATE TABLE t_")
        .append(r.id())
        .append(" (id INT PRIMARY KEY, note VARCHAR(40));\n");
    sb.append("INSERT INTO t_").append(r.id()).append(" VALUES (1, 'it''s; fine');\n");
    sb.append("\n-- migrate:downgrade\n");
    sb.append("DROP TABLE t_").append(r.id()).append(";\n");
    return sb.toString();
  }

  private static void measure(String name, List<Revision> revisions, Timer timer) throws Exception {
    RevisionGraph graph = RevisionGraph.of(revisions);
    Planner planner = new Planner(graph);
    List<String> heads = graph.heads().stream().map(Revision::id).toList();
    Plan up = planner.upgrade(List.of(), "heads");
    Plan down = planner.downgrade(up.headsAfter(), "base");
    if (!up.headsAfter().containsAll(heads) || !down.headsAfter().isEmpty()) {
      throw new IllegalStateException("plans do not reach the heads and back");
    }
    report(name, "build graph", timer.measure(() -> RevisionGraph.of(revisions)));
    report(name, "list heads", timer.measure(graph::heads));
    report(
        name, "plan upgrade base->heads", timer.measure(() -> planner.upgrade(List.of(), "heads")));
    report(
        name,
        "plan downgrade heads->base",
        timer.measure(() -> planner.downgrade(up.headsAfter(), "base")));
    report(name, "history (all)", timer.measure(() -> graph.history(List.of(), ":")));
    System.out.printf(
        Locale.ROOT,
        "%-26s %d steps, %d heads, %d merge points, %d depends_on edges%n%n",
        name,
        up.steps().size(),
        heads.size(),
        revisions.stream().filter(Revision::isMergePoint).count(),
        revisions.stream().mapToLong(r -> r.dependsOn().size()).sum());
  }

  private static void report(String shape, String what, Timer.Result result) {
    System.out.printf(
        Locale.ROOT, "%-26s %-28s %9.2f %9.2f%n", shape, what, result.cpu(), result.wall());
  }

  static List<Revision> linear(int size) {
    List<Revision> revisions = new ArrayList<>(size);
    Random random = new Random(7);
    String previous = null;
    for (int i = 0; i < size; i++) {
      String id = id(random, i);
      revisions.add(
          new Revision(
              id,
              previous == null ? List.of() : List.of(previous),
              List.of(),
              List.of(),
              "step " + i,
              "versions/" + id + ".sql"));
      previous = id;
    }
    return revisions;
  }

  /**
   * A trunk, then {@code branches} labelled branches forking off it; each new revision extends a
   * random branch; about 1 in 60 merges two branch tips (the other branch then continues from the
   * merge), about 1 in 30 also depends on an earlier revision of another branch.
   */
  static List<Revision> branchy(int size, int branches, Random random) {
    List<Revision> revisions = new ArrayList<>(size);
    List<String> ids = new ArrayList<>(size);
    List<Integer> branchOf = new ArrayList<>(size);
    String[] tips = new String[branches];
    int trunk = Math.min(100, size / 10);
    for (int i = 0; i < trunk; i++) {
      add(
          revisions,
          ids,
          branchOf,
          id(random, i),
          i == 0 ? List.of() : List.of(ids.get(i - 1)),
          List.of(),
          List.of(),
          -1);
    }
    for (int b = 0; b < branches; b++) {
      String parent = ids.get(random.nextInt(trunk));
      String id = id(random, ids.size());
      add(revisions, ids, branchOf, id, List.of(parent), List.of("branch" + b), List.of(), b);
      tips[b] = id;
    }
    while (ids.size() < size) {
      int b = random.nextInt(branches);
      String id = id(random, ids.size());
      List<String> parents = new ArrayList<>(List.of(tips[b]));
      double roll = random.nextDouble();
      if (roll < 1.0 / 60) {
        int other = random.nextInt(branches);
        if (other != b && !tips[other].equals(tips[b])) {
          parents.add(tips[other]);
          tips[other] = id;
        }
      }
      List<String> deps = List.of();
      if (roll > 1 - 1.0 / 30) {
        int candidate = trunk + random.nextInt(ids.size() - trunk);
        if (branchOf.get(candidate) != b && !parents.contains(ids.get(candidate))) {
          deps = List.of(ids.get(candidate));
        }
      }
      add(revisions, ids, branchOf, id, parents, List.of(), deps, b);
      tips[b] = id;
    }
    return revisions;
  }

  private static void add(
      List<Revision> revisions,
      List<String> ids,
      List<Integer> branchOf,
      String id,
      List<String> parents,
      List<String> labels,
      List<String> deps,
      int branch) {
    revisions.add(new Revision(id, parents, labels, deps, "", "versions/" + id + ".sql"));
    ids.add(id);
    branchOf.add(branch);
  }

  /** Twelve hex characters like generated ids, unique by construction (index in the low bits). */
  private static String id(Random random, int index) {
    return String.format(Locale.ROOT, "%06x%06x", random.nextInt(1 << 24), index);
  }
}
