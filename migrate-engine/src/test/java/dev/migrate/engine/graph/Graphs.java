package dev.migrate.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds graphs in one expression and prints plans compactly for assertions. */
final class Graphs {
  private Graphs() {}

  /** A revision under construction: {@code rev("c2", "b2").deps("c1lib").labels("two")}. */
  static final class R {
    private final String id;
    private final List<String> parents;
    private List<String> labels = List.of();
    private List<String> deps = List.of();

    private R(String id, List<String> parents) {
      this.id = id;
      this.parents = parents;
    }

    R labels(String... l) {
      labels = List.of(l);
      return this;
    }

    R deps(String... d) {
      deps = List.of(d);
      return this;
    }

    Revision build() {
      return new Revision(id, parents, labels, deps, "message of " + id, "versions/" + id + ".sql");
    }
  }

  static R rev(String id, String... parents) {
    return new R(id, List.of(parents));
  }

  static RevisionGraph graph(R... revisions) {
    List<Revision> list = new ArrayList<>();
    for (R r : revisions) {
      list.add(r.build());
    }
    return RevisionGraph.of(list);
  }

  /** {@code a -> b -> {c1 -> d1, c2 -> d2}}, labels {@code one} on c1 and {@code two} on c2. */
  static RevisionGraph twoBranches() {
    return graph(
        rev("a"),
        rev("b", "a"),
        rev("c1", "b").labels("one"),
        rev("d1", "c1"),
        rev("c2", "b").labels("two"),
        rev("d2", "c2"));
  }

  static List<String> rows(String... ids) {
    return Arrays.asList(ids);
  }

  /** {@code +b [UPD a->b]}, {@code -c1 [DEL c1]}, {@code stamp b [DEL d1; UPD c2->b]}. */
  static List<String> steps(Plan plan) {
    List<String> result = new ArrayList<>();
    for (Step s : plan.steps()) {
      String head =
          switch (s.direction()) {
            case UPGRADE -> "+" + s.revision().id();
            case DOWNGRADE -> "-" + s.revision().id();
            case STAMP -> "stamp " + (s.revision() == null ? "base" : s.revision().id());
          };
      result.add(head + " [" + changes(s.rowChanges()) + "]");
    }
    return result;
  }

  /** Just the revisions: {@code +a +b -c}. */
  static String order(Plan plan) {
    List<String> result = new ArrayList<>();
    for (Step s : plan.steps()) {
      result.add((s.direction() == Direction.UPGRADE ? "+" : "-") + s.revision().id());
    }
    return String.join(" ", result);
  }

  static String changes(List<RowChange> changes) {
    List<String> parts = new ArrayList<>();
    for (RowChange c : changes) {
      if (c instanceof RowChange.Insert i) {
        parts.add("INS " + i.id());
      } else if (c instanceof RowChange.Delete d) {
        parts.add("DEL " + d.id());
      } else if (c instanceof RowChange.Update u) {
        parts.add("UPD " + u.from() + "->" + u.to());
      }
    }
    return String.join("; ", parts);
  }

  static List<String> ids(List<Revision> revisions) {
    return revisions.stream().map(Revision::id).toList();
  }
}
