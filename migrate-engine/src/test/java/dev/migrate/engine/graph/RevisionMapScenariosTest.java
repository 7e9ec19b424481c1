package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.ids;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.CycleException;
import dev.migrate.engine.api.error.DuplicateBranchLabelException;
import dev.migrate.engine.api.error.OverlappingRevisionsException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import org.junit.jupiter.api.Test;

/** Reference scenario S24: iteration orders and errors of Alembic's revision-map tests. */
class RevisionMapScenariosTest {

  @Test
  void s24_diamondRunsTheFirstMergeParentLast() {
    RevisionGraph g =
        graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
    assertThat(ids(g.history(rows(), "a:d"))).containsExactly("d", "c", "b1", "b2", "a");
    assertThat(order(new Planner(g).upgrade(rows(), "d"))).isEqualTo("+a +b2 +b1 +c +d");
  }

  @Test
  void s24_longShortBranch() {
    RevisionGraph g =
        graph(
            rev("a"),
            rev("b1", "a"),
            rev("b2", "a"),
            rev("c1", "b1"),
            rev("d11", "c1"),
            rev("d12", "c1"));
    assertThat(ids(g.heads())).containsExactly("b2", "d11", "d12");
    assertThat(ids(g.history(rows(), "base:heads")))
        .containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    assertThat(order(new Planner(g).upgrade(rows(), "heads")))
        .isEqualTo("+a +b1 +c1 +d12 +d11 +b2");
  }

  private final RevisionGraph crossDependency =
      graph(
          rev("base1").labels("b_1"),
          rev("a1a", "base1"),
          rev("a1b", "base1"),
          rev("b1a", "a1a"),
          rev("b1b", "a1b").deps("a3"),
          rev("base2").labels("b_2"),
          rev("a2", "base2"),
          rev("b2", "a2"),
          rev("c2", "b2").deps("a3"),
          rev("d2", "c2"),
          rev("base3").labels("b_3"),
          rev("a3", "base3"),
          rev("b3", "a3"));

  @Test
  void s24_multipleBaseCrossDependency() {
    Planner p = new Planner(crossDependency);
    assertThat(order(p.upgrade(rows(), "b_2@head"))).isEqualTo("+base3 +a3 +base2 +a2 +b2 +c2 +d2");
    assertThat(order(p.downgrade(rows("b1a", "b1b", "d2", "b3"), "b_2@base")))
        .isEqualTo("-d2 -c2 -b2 -a2 -base2");
    assertThat(order(p.downgrade(rows("b1a", "b1b", "d2", "b3"), "b_3@base")))
        .isEqualTo("-b1b -d2 -c2 -b3 -a3 -base3");
    assertThat(ids(crossDependency.history(rows(), "b_3@base:heads")))
        .containsExactly("b3", "a3", "base3");
  }

  @Test
  void s24_multipleBases() {
    RevisionGraph g =
        graph(
            rev("base1").labels("b_1"),
            rev("a1a", "base1"),
            rev("a1b", "base1"),
            rev("b1a", "a1a"),
            rev("b1b", "a1b"),
            rev("base2").labels("b_2"),
            rev("a2", "base2"),
            rev("b2", "a2"),
            rev("c2", "b2"),
            rev("d2", "c2"),
            rev("base3").labels("b_3"),
            rev("a3", "base3"),
            rev("b3", "a3"),
            rev("mergeb3d2", "b3", "d2"));
    assertThat(order(new Planner(g).upgrade(rows(), "heads")))
        .isEqualTo("+base2 +a2 +b2 +c2 +d2 +base3 +a3 +b3 +mergeb3d2 +base1 +a1b +b1b +a1a +b1a");
  }

  @Test
  void s24_errors() {
    RevisionGraph g =
        graph(
            rev("a"),
            rev("b1", "a"),
            rev("b2", "a"),
            rev("db1", "b1"),
            rev("fe1b1", "db1"),
            rev("d1cb1", "b2"));
    assertThatThrownBy(() -> g.history(rows(), "d1cb1:b1"))
        .isInstanceOf(RangeNotAncestorException.class)
        .hasMessageContaining("d1cb1:b1");
    assertThatThrownBy(
            () -> new Planner(g).upgrade(rows(), java.util.List.of("db1", "b2", "fe1b1")))
        .isInstanceOfSatisfying(
            OverlappingRevisionsException.class,
            e -> {
              assertThat(e.revision()).isEqualTo("fe1b1");
              assertThat(e.overlaps()).containsExactly("db1");
            })
        .hasMessageContaining(
            "Requested revision fe1b1 overlaps with other requested revisions db1");
  }

  @Test
  void s24_cycles() {
    assertThatThrownBy(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b")))
        .isInstanceOfSatisfying(
            CycleException.class,
            e -> {
              assertThat(e.ids()).containsExactly("a", "b", "c");
              assertThat(e.dependency()).isFalse();
            })
        .hasMessageContaining("Cycle is detected in revisions (a, b, c)")
        .hasMessageContaining("versions/a.sql");
    assertThatThrownBy(() -> graph(rev("a").deps("c"), rev("b", "a"), rev("c", "b"), rev("d", "c")))
        .isInstanceOfSatisfying(CycleException.class, e -> assertThat(e.dependency()).isTrue())
        .hasMessageContaining("Dependency cycle is detected in revisions (a, b, c)");
  }

  @Test
  void s24_duplicateLabel() {
    assertThatThrownBy(
            () ->
                graph(
                    rev("a"),
                    rev("b", "a"),
                    rev("c", "b").labels("xy1"),
                    rev("d", "c"),
                    rev("e", "b").labels("xy1")))
        .isInstanceOf(DuplicateBranchLabelException.class)
        .hasMessageContaining("Branch name 'xy1' in revision e")
        .hasMessageContaining("already used by revision c");
  }
}
