package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.ids;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.MultipleHeadsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference scenarios S18-S23: depends_on edges, forests, normalized dependencies. */
class DependencyScenariosTest {

  @Test
  void s18_threeMergesAndAMultiDependencyRevision() {
    Planner p =
        new Planner(
            graph(
                rev("a1"),
                rev("a2"),
                rev("a3"),
                rev("amerge", "a1", "a2", "a3"),
                rev("b1"),
                rev("b2"),
                rev("bmerge", "b1", "b2"),
                rev("c1"),
                rev("c2"),
                rev("c3"),
                rev("cmerge", "c1", "c2", "c3"),
                rev("d1").deps("a3", "b2", "c1")));
    Plan p1 = p.downgrade(rows("amerge", "bmerge", "cmerge", "d1"), "b2");
    assertThat(steps(p1)).containsExactly("-bmerge [UPD bmerge->b1]");
    assertThat(p1.headsAfter()).containsExactly("amerge", "b1", "cmerge", "d1");

    Plan p2 = p.downgrade(rows("amerge", "d1", "b1", "cmerge"), "d1@base");
    assertThat(steps(p2)).containsExactly("-d1 [UPD d1->b2]");
    assertThat(p2.headsAfter()).containsExactly("amerge", "b1", "b2", "cmerge");

    Plan p3 = p.downgrade(rows("amerge", "b1", "b2", "cmerge"), "base");
    assertThat(order(p3)).isEqualTo("-amerge -a1 -b1 -b2 -cmerge -c1 -a2 -a3 -c2 -c3");
    assertThat(steps(p3).get(0)).isEqualTo("-amerge [INS a1; INS a2; UPD amerge->a3]");
    assertThat(steps(p3).get(4)).isEqualTo("-cmerge [INS c1; INS c2; UPD cmerge->c3]");
    assertThat(p3.headsAfter()).isEmpty();

    Plan p4 = p.upgrade(rows(), "heads");
    assertThat(order(p4)).isEqualTo("+c3 +c2 +b2 +a3 +a2 +c1 +d1 +cmerge +b1 +bmerge +a1 +amerge");
    assertThat(steps(p4).get(6)).isEqualTo("+d1 [DEL a3; DEL b2; UPD c1->d1]");
    assertThat(steps(p4).get(7)).isEqualTo("+cmerge [DEL c2; UPD c3->cmerge]");
    assertThat(p4.headsAfter()).containsExactly("amerge", "bmerge", "cmerge", "d1");
  }

  @Test
  void s19_crissCrossDependencies() {
    Planner p =
        new Planner(
            graph(
                rev("a1"),
                rev("a2", "a1"),
                rev("b1"),
                rev("b2", "b1").deps("a2"),
                rev("b3", "b2"),
                rev("a3", "a2").deps("b1")));
    Plan down = p.downgrade(rows("a3", "b2"), "b1");
    assertThat(steps(down)).containsExactly("-b2 [DEL b2]");
    assertThat(down.headsAfter()).containsExactly("a3");

    Plan up = p.upgrade(rows(), "heads");
    assertThat(steps(up))
        .containsExactly(
            "+a1 [INS a1]",
            "+a2 [UPD a1->a2]",
            "+b1 [INS b1]",
            "+a3 [DEL a2; UPD b1->a3]",
            "+b2 [INS b2]",
            "+b3 [UPD b2->b3]");
    assertThat(up.headsAfter()).containsExactly("b3", "a3");
  }

  @Test
  void s20_normalizedDependencies() {
    RevisionGraph g =
        graph(
            rev("a1"),
            rev("a2", "a1"),
            rev("a3", "a2"),
            rev("b1"),
            rev("b2", "b1").deps("a3"),
            rev("b3", "b2"),
            rev("b4", "b3").deps("a3"));
    assertThat(g.dependencies("b4")).containsExactly("a3");
    assertThat(g.normalizedDependencies("b4")).isEmpty();
    assertThat(g.normalizedDependencies("b2")).containsExactly("a3");
    Planner p = new Planner(g);
    Plan down = p.downgrade(rows("b4"), "b3");
    assertThat(steps(down)).containsExactly("-b4 [UPD b4->b3]");
    assertThat(down.headsAfter()).containsExactly("b3");

    Plan up = p.upgrade(rows(), "b4");
    assertThat(steps(up))
        .containsExactly(
            "+a1 [INS a1]",
            "+a2 [UPD a1->a2]",
            "+a3 [UPD a2->a3]",
            "+b1 [INS b1]",
            "+b2 [DEL b1; UPD a3->b2]",
            "+b3 [UPD b2->b3]",
            "+b4 [UPD b3->b4]");
    assertThat(up.headsAfter()).containsExactly("b4");
  }

  @Test
  void s21_mergeOverItsOwnDependency() {
    Planner p = new Planner(graph(rev("a1"), rev("b1").deps("a1"), rev("bmerge", "a1", "b1")));
    Plan p1 = p.upgrade(rows("a1"), "b1");
    assertThat(steps(p1)).containsExactly("+b1 [UPD a1->b1]");
    Plan p2 = p.upgrade(rows("b1"), "bmerge");
    assertThat(steps(p2)).containsExactly("+bmerge [UPD b1->bmerge]");
    for (String target : List.of("a1", "b1")) {
      Plan down = p.downgrade(rows("bmerge"), target);
      assertThat(steps(down)).as(target).containsExactly("-bmerge [UPD bmerge->b1]");
      assertThat(down.headsAfter()).containsExactly("b1");
    }
  }

  @Test
  void s22_dependencyByLabelPullsAnotherRootIn() {
    Planner p =
        new Planner(
            graph(
                rev("a1").labels("lib1"),
                rev("b1", "a1"),
                rev("c1", "b1").labels("c1lib"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2").deps("c1lib"),
                rev("d1", "c1"),
                rev("e1", "d1"),
                rev("f1", "e1")));
    Plan plan = p.upgrade(rows("a2"), "c2");
    assertThat(steps(plan))
        .containsExactly(
            "+a1 [INS a1]",
            "+b1 [UPD a1->b1]",
            "+c1 [UPD b1->c1]",
            "+b2 [UPD a2->b2]",
            "+c2 [DEL b2; UPD c1->c2]");
    assertThat(plan.headsAfter()).containsExactly("c2");
  }

  private final Planner forest =
      new Planner(graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2")));

  @Test
  void s23_forestOfTwoRoots() {
    Plan up = forest.upgrade(rows(), "heads");
    assertThat(steps(up))
        .containsExactly("+a2 [INS a2]", "+b2 [UPD a2->b2]", "+a1 [INS a1]", "+b1 [UPD a1->b1]");
    assertThat(up.headsAfter()).containsExactly("b1", "b2");

    assertThat(steps(forest.stamp(rows(), List.of("heads"), false)))
        .containsExactly("stamp b1 [INS b1]", "stamp b2 [INS b2]");
    assertThat(forest.stamp(rows("b1", "b2"), List.of("heads"), false).steps()).isEmpty();

    assertThatThrownBy(() -> forest.upgrade(rows(), "head"))
        .isInstanceOf(MultipleHeadsException.class)
        .hasMessageContaining("b1, b2");

    Plan down = forest.downgrade(rows("b1", "b2"), "base");
    assertThat(steps(down))
        .containsExactly("-b1 [UPD b1->a1]", "-a1 [DEL a1]", "-b2 [UPD b2->a2]", "-a2 [DEL a2]");
    assertThat(down.headsAfter()).isEmpty();
  }

  @Test
  void effectiveHeadIsAVersionedHeadButNotARealOne() {
    RevisionGraph g = graph(rev("x1"), rev("y1"), rev("y2", "y1").deps("x1"));
    assertThat(ids(g.versionedHeads())).containsExactly("x1", "y2");
    assertThat(ids(g.heads())).containsExactly("y2");
    assertThat(g.isEffectiveHead("x1")).isTrue();
    Planner p = new Planner(g);
    Plan plan = p.upgrade(rows("x1", "y1"), "y2");
    assertThat(steps(plan)).containsExactly("+y2 [DEL y1; UPD x1->y2]");
    assertThat(p.upgrade(rows(), "heads").headsAfter()).containsExactly("y2");
    assertThatThrownBy(() -> p.upgrade(rows(), "head")).isInstanceOf(MultipleHeadsException.class);
    assertThat(ids(g.current(rows("y2")))).containsExactly("x1", "y2");
  }
}
