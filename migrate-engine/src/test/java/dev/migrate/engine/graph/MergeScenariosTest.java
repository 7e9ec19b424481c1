package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference scenarios S12-S17: merges. Where Alembic picks merge rows in set order (marked with a
 * dagger in the reference) we pick in declared parent order: delete all but the last, update it.
 */
class MergeScenariosTest {
  private final RevisionGraph diamond =
      graph(
          rev("a"),
          rev("b", "a"),
          rev("c1", "b"),
          rev("d1", "c1"),
          rev("c2", "b").labels("c2branch"),
          rev("d2", "c2"),
          rev("e", "d1", "d2"),
          rev("f", "e"));
  private final Planner merged = new Planner(diamond);

  @Test
  void s12_upgradeAcrossTheMergePoint() {
    Plan plan = merged.upgrade(rows("b"), "f");
    assertThat(steps(plan))
        .containsExactly(
            "+c2 [UPD b->c2]",
            "+d2 [UPD c2->d2]",
            "+c1 [INS c1]",
            "+d1 [UPD c1->d1]",
            "+e [DEL d1; UPD d2->e]",
            "+f [UPD e->f]");
    assertThat(plan.headsAfter()).containsExactly("f");
    Step merge = plan.steps().get(4);
    assertThat(merge.from()).containsExactly("d1", "d2");
    assertThat(merge.to()).containsExactly("e");
  }

  @Test
  void s12_downgradeAcrossTheMergePoint() {
    Plan plan = merged.downgrade(rows("f"), "b");
    assertThat(steps(plan))
        .containsExactly(
            "-f [UPD f->e]",
            "-e [INS d1; UPD e->d2]",
            "-d1 [UPD d1->c1]",
            "-c1 [DEL c1]",
            "-d2 [UPD d2->c2]",
            "-c2 [UPD c2->b]");
    assertThat(plan.headsAfter()).containsExactly("b");

    Plan toD1 = merged.downgrade(rows("f"), "d1");
    assertThat(order(toD1)).isEqualTo("-f -e");
    assertThat(toD1.headsAfter()).containsExactly("d1", "d2");

    assertThatThrownBy(() -> merged.downgrade(rows("f"), "-2"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Ambiguous walk");

    Plan branchMinus1 = merged.downgrade(rows("f"), "c2branch@-1");
    assertThat(order(branchMinus1)).isEqualTo("-f");
    assertThat(branchMinus1.headsAfter()).containsExactly("e");
  }

  @Test
  void s13_stampsAcrossTheMerge() {
    assertStamp(rows("e"), "c2", "stamp c2 [UPD e->c2]", "c2");
    assertStamp(rows("e"), "a", "stamp a [UPD e->a]", "a");
    assertStamp(rows("c2"), "e", "stamp e [UPD c2->e]", "e");
    assertStamp(rows("d1", "c2"), "c2branch@head", "stamp f [DEL d1; UPD c2->f]", "f");
    assertStamp(rows("d1", "c2"), "e", "stamp e [DEL d1; UPD c2->e]", "e");
    assertStamp(rows("b"), "e", "stamp e [UPD b->e]", "e");
  }

  private void assertStamp(List<String> from, String target, String step, String after) {
    Plan plan = merged.stamp(from, List.of(target), false);
    assertThat(steps(plan)).containsExactly(step);
    assertThat(plan.headsAfter()).containsExactly(after);
  }

  @Test
  void s14_branchOutOfAMergePoint() {
    Planner p =
        new Planner(
            graph(
                rev("a1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("d1", "c1", "c2"),
                rev("d2", "c2")));
    Plan up = p.upgrade(rows("d2", "b1"), "d1");
    assertThat(steps(up)).containsExactly("+c1 [UPD b1->c1]", "+d1 [UPD c1->d1]");
    assertThat(up.headsAfter()).containsExactly("d1", "d2");

    Plan down = p.downgrade(rows("d2", "d1"), "b1");
    assertThat(steps(down)).containsExactly("-d1 [UPD d1->c1]", "-c1 [UPD c1->b1]");
    assertThat(down.headsAfter()).containsExactly("b1", "d2");

    assertThat(order(p.upgrade(rows(), "heads"))).isEqualTo("+a2 +b2 +c2 +d2 +a1 +b1 +c1 +d1");
  }

  @Test
  void s15_threeWayMergePoint() {
    Planner p =
        new Planner(
            graph(
                rev("a1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("a3"),
                rev("b3", "a3"),
                rev("c3", "b3"),
                rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"),
                rev("d3", "c3")));
    Plan toD1 = p.upgrade(rows("d3", "b2", "b1"), "d1");
    assertThat(steps(toD1))
        .containsExactly("+c2 [UPD b2->c2]", "+c1 [UPD b1->c1]", "+d1 [DEL c1; UPD c2->d1]");
    assertThat(toD1.headsAfter()).containsExactly("d1", "d3");

    Plan toD2 = p.upgrade(rows("d3", "d1"), "d2");
    assertThat(steps(toD2)).containsExactly("+d2 [INS d2]");
    assertThat(toD2.headsAfter()).containsExactly("d1", "d2", "d3");

    Plan down = p.downgrade(rows("d3", "d2", "d1"), "b1");
    assertThat(steps(down)).containsExactly("-d1 [UPD d1->c1]", "-c1 [UPD c1->b1]");
    assertThat(down.headsAfter()).containsExactly("b1", "d2", "d3");
  }

  private final RevisionGraph twins =
      graph(
          rev("a"),
          rev("b1", "a"),
          rev("b2", "a"),
          rev("b3", "a"),
          rev("c1", "b1", "b2", "b3"),
          rev("c2", "b1", "b2", "b3"),
          rev("d1", "c1"),
          rev("d2", "c2"));

  @Test
  void s16_twinMergesStepByStep() {
    Planner p = new Planner(twins);
    List<String> current = new ArrayList<>(rows("a"));
    String[][] expected = {
      {"b3", "b3"},
      {"b1", "b1,b3"},
      {"b2", "b1,b2,b3"},
      {"c2", "c2"},
      {"d2", "d2"},
      {"c1", "c1,d2"},
      {"d1", "d1,d2"}
    };
    for (String[] step : expected) {
      Plan plan = p.upgrade(current, step[0]);
      assertThat(plan.steps()).hasSize(1);
      assertThat(String.join(",", plan.headsAfter())).as(step[0]).isEqualTo(step[1]);
      current = new ArrayList<>(plan.headsAfter());
    }
    assertThat(steps(p.upgrade(rows("d2"), "c1"))).containsExactly("+c1 [INS c1]");
  }

  @Test
  void s16_twinMergesPlannedAtOnce() {
    Planner p = new Planner(twins);
    Plan up = p.upgrade(rows("a"), "heads");
    assertThat(steps(up))
        .containsExactly(
            "+b3 [UPD a->b3]",
            "+b2 [INS b2]",
            "+b1 [INS b1]",
            "+c2 [DEL b1; DEL b2; UPD b3->c2]",
            "+d2 [UPD c2->d2]",
            "+c1 [INS c1]",
            "+d1 [UPD c1->d1]");
    assertThat(up.headsAfter()).containsExactly("d1", "d2");

    Plan down = p.downgrade(rows("d1", "d2"), "a");
    assertThat(steps(down))
        .containsExactly(
            "-d1 [UPD d1->c1]",
            "-c1 [DEL c1]",
            "-d2 [UPD d2->c2]",
            "-c2 [INS b1; INS b2; UPD c2->b3]",
            "-b1 [DEL b1]",
            "-b2 [DEL b2]",
            "-b3 [UPD b3->a]");
    assertThat(down.headsAfter()).containsExactly("a");
  }

  @Test
  void s17_overlappingMerges() {
    Planner p =
        new Planner(
            graph(
                rev("a"),
                rev("b1", "a"),
                rev("b2", "a"),
                rev("b3", "a"),
                rev("c1", "b1", "b2"),
                rev("c2", "b2", "b3"),
                rev("d1", "c1"),
                rev("d2", "c2")));
    List<String> current = new ArrayList<>(rows("a"));
    String[][] expected = {
      {"b2", "b2"},
      {"b3", "b2,b3"},
      {"c2", "c2"},
      {"d2", "d2"},
      {"b1", "b1,d2"},
      {"c1", "c1,d2"},
      {"d1", "d1,d2"}
    };
    for (String[] step : expected) {
      Plan plan = p.upgrade(current, step[0]);
      assertThat(String.join(",", plan.headsAfter())).as(step[0]).isEqualTo(step[1]);
      current = new ArrayList<>(plan.headsAfter());
    }
    Plan all = p.upgrade(rows("a"), "heads");
    assertThat(steps(all))
        .containsExactly(
            "+b2 [UPD a->b2]",
            "+b3 [INS b3]",
            "+c2 [DEL b2; UPD b3->c2]",
            "+d2 [UPD c2->d2]",
            "+b1 [INS b1]",
            "+c1 [UPD b1->c1]",
            "+d1 [UPD c1->d1]");
  }
}
