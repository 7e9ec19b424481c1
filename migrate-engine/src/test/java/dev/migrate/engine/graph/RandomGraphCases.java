package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random revision graphs (branches, merges, depends_on, branch labels) with the commands to try on
 * each: upgrades and downgrades to absolute, relative and labelled targets from a few reachable
 * states, stamps, history ranges and the labels each revision carries. The same seed gives the same
 * graph and cases, so a failing graph is replayed from its seed alone.
 */
final class RandomGraphCases {
  private RandomGraphCases() {}

  /** One command: {@code cmd} is upgrade, downgrade, stamp, history or labels. */
  record Case(String cmd, List<String> rows, String target) {
    @Override
    public String toString() {
      return cmd + " " + target + " from rows " + rows;
    }
  }

  /** A graph, its revisions in the (shuffled) order they are given, and the cases to compare. */
  record Generated(long seed, List<Revision> revisions, List<Case> cases) {
    /** The revisions as {@code id:[parents] deps[...] [labels]}, for a failure message. */
    String describe() {
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

  /** A graph of 4 to {@code maxSize} revisions and its cases, from {@code new Random(seed)}. */
  static Generated generate(long seed, int maxSize) {
    Random rnd = new Random(seed);
    int n = 4 + rnd.nextInt(maxSize - 3);
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
    Planner planner = new Planner(RevisionGraph.of(revisions));
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("labels", List.of(), ""));
    for (int state = 0; state < 3; state++) {
      List<String> rows = List.of();
      for (int k = 0; k < state; k++) {
        rows = planner.upgrade(rows, ids.get(rnd.nextInt(n))).headsAfter();
      }
      rows = new ArrayList<>(rows);
      Collections.shuffle(rows, rnd);
      commandsFrom(List.copyOf(rows), ids.get(rnd.nextInt(n)), ids.get(rnd.nextInt(n)), revisions)
          .forEach(cases::add);
    }
    cases.addAll(
        histories(ids.get(rnd.nextInt(n)), ids.get(rnd.nextInt(n)), revisions).stream().toList());
    return new Generated(seed, revisions, cases);
  }

  private static List<Case> commandsFrom(
      List<String> rows, String some, String other, List<Revision> revisions) {
    List<Case> cases = new ArrayList<>();
    for (String target :
        List.of("heads", some, "+1", some + "+1", some + "-1", "base+2", "head-1")) {
      cases.add(new Case("upgrade", rows, target));
    }
    cases.add(new Case("upgrade", rows, other + "@head"));
    cases.add(new Case("upgrade", rows, other + "@heads"));
    for (String target :
        List.of(
            "base",
            other,
            "-1",
            other + "@" + some,
            some + "-1",
            some + "+1",
            "base+1",
            "-2",
            other + "@-1")) {
      cases.add(new Case("downgrade", rows, target));
    }
    for (String target : List.of(some, "heads", "base")) {
      cases.add(new Case("stamp", rows, target));
    }
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
    return cases;
  }

  private static List<Case> histories(String some, String other, List<Revision> revisions) {
    List<Case> cases = new ArrayList<>();
    for (String range :
        List.of(
            ":",
            some + ":",
            ":" + some,
            some + ":" + other,
            "-1:" + some,
            some + ":+1",
            ":heads")) {
      cases.add(new Case("history", List.of(), range));
    }
    for (Revision r : revisions) {
      for (String label : r.branchLabels()) {
        cases.add(new Case("history", List.of(), label + "@base:"));
        cases.add(new Case("history", List.of(), ":" + label + "@head"));
      }
    }
    return cases;
  }
}
