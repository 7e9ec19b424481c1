package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.MultipleHeadsException;
import dev.migrate.engine.common.Reporter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference scenarios S5-S11: a -> b -> {c1 -> d1, c2 -> d2}, labels on c1 and c2. */
class BranchScenariosTest {
  private final RevisionGraph g =
      graph(
          rev("a"),
          rev("b", "a"),
          rev("c1", "b").labels("c1branch"),
          rev("d1", "c1"),
          rev("c2", "b").labels("c2branch"),
          rev("d2", "c2"));
  private final Planner planner = new Planner(g);

  @Test
  void s5_upgradeBothBranches() {
    List<String> expected =
        List.of(
            "+b [UPD a->b]",
            "+c2 [UPD b->c2]",
            "+d2 [UPD c2->d2]",
            "+c1 [INS c1]",
            "+d1 [UPD c1->d1]");
    assertThat(steps(planner.upgrade(rows("a"), List.of("d1", "d2")))).isEqualTo(expected);
    assertThat(steps(planner.upgrade(rows("a"), "heads"))).isEqualTo(expected);
    Plan fromEmpty = planner.upgrade(rows(), "heads");
    assertThat(steps(fromEmpty).get(0)).isEqualTo("+a [INS a]");
    assertThat(steps(fromEmpty).subList(1, 6)).isEqualTo(expected);
    assertThat(fromEmpty.headsAfter()).containsExactly("d1", "d2");
  }

  @Test
  void s5_headWithTwoHeadsIsAnErrorNamingThem() {
    assertThatThrownBy(() -> planner.upgrade(rows("a"), "head"))
        .isInstanceOfSatisfying(
            MultipleHeadsException.class,
            e -> {
              assertThat(e.heads()).containsExactly("d1", "d2");
              assertThat(e.argument()).isEqualTo("head");
            })
        .hasMessageContaining("'heads'")
        .hasMessageContaining("c1branch@head")
        .hasMessageContaining("c2branch@head");
  }

  @Test
  void s5_labelHead() {
    Plan plan = planner.upgrade(rows("a"), "c1branch@head");
    assertThat(steps(plan)).containsExactly("+b [UPD a->b]", "+c1 [UPD b->c1]", "+d1 [UPD c1->d1]");
    assertThat(plan.headsAfter()).containsExactly("d1");
  }

  @Test
  void s6_downgradeBothBranches() {
    List<String> expected =
        List.of(
            "-d1 [UPD d1->c1]",
            "-c1 [DEL c1]",
            "-d2 [UPD d2->c2]",
            "-c2 [UPD c2->b]",
            "-b [UPD b->a]");
    Plan toA = planner.downgrade(rows("d1", "d2"), "a");
    assertThat(steps(toA)).isEqualTo(expected);
    assertThat(toA.headsAfter()).containsExactly("a");
    Plan toBase = planner.downgrade(rows("d1", "d2"), "base");
    assertThat(steps(toBase).subList(0, 5)).isEqualTo(expected);
    assertThat(steps(toBase).get(5)).isEqualTo("-a [DEL a]");
    assertThat(toBase.headsAfter()).isEmpty();
    Plan toB = planner.downgrade(rows("d1", "d2"), "b");
    assertThat(order(toB)).isEqualTo("-d1 -c1 -d2 -c2");
    assertThat(toB.headsAfter()).containsExactly("b");
  }

  @Test
  void s7_labelRelativeForms() {
    Plan p1 = planner.upgrade(rows("b"), "c2branch@head-1");
    assertThat(steps(p1)).containsExactly("+c2 [UPD b->c2]");
    assertThat(p1.headsAfter()).containsExactly("c2");

    Plan p2 = planner.downgrade(rows("d2", "d1"), "base+2");
    assertThat(order(p2)).isEqualTo("-d1 -c1 -d2 -c2");
    assertThat(p2.headsAfter()).containsExactly("b");

    Plan p3 = planner.downgrade(rows("d2", "d1"), "c2branch@base+2");
    assertThat(steps(p3)).containsExactly("-d2 [UPD d2->c2]", "-c2 [DEL c2]");
    assertThat(p3.headsAfter()).containsExactly("d1");

    Plan p4 = planner.downgrade(rows("d2", "d1"), "c2");
    assertThat(steps(p4)).containsExactly("-d2 [UPD d2->c2]");
    assertThat(p4.headsAfter()).containsExactly("d1", "c2");

    Plan p5 = planner.downgrade(rows("d2", "d1"), "c2branch@base+3");
    assertThat(steps(p5)).containsExactly("-d2 [UPD d2->c2]");
    assertThat(p5.headsAfter()).containsExactly("d1", "c2");
  }

  @Test
  void s8_downgradeMinusOneFromSeveralRowsFollowsTheFirstRowAndWarns() {
    List<String> warnings = new ArrayList<>();
    Planner warning = new Planner(g, new Collecting(warnings));
    Plan p1 = warning.downgrade(rows("d2", "d1"), "-1");
    assertThat(order(p1)).isEqualTo("-d2");
    assertThat(p1.headsAfter()).containsExactly("d1", "c2");
    assertThat(warnings).singleElement().asString().contains("from multiple heads is ambiguous");

    Plan p2 = planner.downgrade(rows("c2", "d1"), "-1");
    assertThat(steps(p2)).containsExactly("-c2 [DEL c2]");
    assertThat(p2.headsAfter()).containsExactly("d1");

    Plan p3 = planner.downgrade(rows("d1", "d2"), "-1");
    assertThat(order(p3)).isEqualTo("-d1");
    assertThat(p3.headsAfter()).containsExactly("c1", "d2");

    Plan p4 = planner.downgrade(rows("c1", "d2"), "-1");
    assertThat(steps(p4)).containsExactly("-c1 [DEL c1]");
    assertThat(p4.headsAfter()).containsExactly("d2");

    warnings.clear();
    Plan p5 = warning.downgrade(rows("d1", "d2"), "c1branch@-1");
    assertThat(order(p5)).isEqualTo("-d1");
    assertThat(p5.headsAfter()).containsExactly("c1", "d2");
    assertThat(warnings).isEmpty();

    for (List<String> start : List.of(rows("d2", "c1"), rows("c1", "d2"))) {
      Plan p6 = planner.downgrade(start, "d2-1");
      assertThat(steps(p6)).containsExactly("-d2 [UPD d2->c2]");
      assertThat(p6.headsAfter()).containsExactly("c1", "c2");
    }
  }

  @Test
  void s9_downgradeOneBranchToTheBranchPoint() {
    Plan p1 = planner.downgrade(rows("c1", "d2"), "c1branch@b");
    assertThat(steps(p1)).containsExactly("-c1 [DEL c1]");
    assertThat(p1.headsAfter()).containsExactly("d2");

    Plan p2 = planner.downgrade(rows("c1", "d2"), "c2branch@b");
    assertThat(steps(p2)).containsExactly("-d2 [UPD d2->c2]", "-c2 [DEL c2]");
    assertThat(p2.headsAfter()).containsExactly("c1");

    Plan p3 = planner.downgrade(rows("d1", "d2"), "c2@b");
    assertThat(order(p3)).isEqualTo("-d2 -c2");
    assertThat(p3.headsAfter()).containsExactly("d1");

    Plan p4 = planner.downgrade(rows("d1", "d2"), "d1@b");
    assertThat(steps(p4)).containsExactly("-d1 [UPD d1->c1]", "-c1 [DEL c1]");
    assertThat(p4.headsAfter()).containsExactly("d2");

    Plan p5 = planner.downgrade(rows("d1", "d2"), "c1branch@head-1");
    assertThat(order(p5)).isEqualTo("-d1");
    assertThat(p5.headsAfter()).containsExactly("c1", "d2");

    // #660: an unqualified destination removes every branch above it.
    Plan p6 = planner.downgrade(rows("c1", "c2"), "c1-1");
    assertThat(steps(p6)).containsExactly("-c1 [DEL c1]", "-c2 [UPD c2->b]");
    assertThat(p6.headsAfter()).containsExactly("b");

    Plan p7 = planner.downgrade(rows("c1", "c2"), "c1@-1");
    assertThat(steps(p7)).containsExactly("-c1 [DEL c1]");
    assertThat(p7.headsAfter()).containsExactly("c2");
  }

  @Test
  void s10_branchRelativeUpgradesAndAmbiguity() {
    Plan p1 = planner.upgrade(rows("c1"), "c2branch@+1");
    assertThat(steps(p1)).containsExactly("+c2 [INS c2]");
    assertThat(p1.headsAfter()).containsExactly("c1", "c2");

    Plan p2 = planner.upgrade(rows("c1", "c2"), "c2branch@+1");
    assertThat(steps(p2)).containsExactly("+d2 [UPD c2->d2]");
    assertThat(p2.headsAfter()).containsExactly("c1", "d2");

    assertThatThrownBy(() -> planner.upgrade(rows("c1", "c2"), "+1"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Ambiguous upgrade from multiple current revisions");

    assertThat(steps(planner.upgrade(rows(), "base+1"))).containsExactly("+a [INS a]");
    assertThat(steps(planner.upgrade(rows(), "+1"))).containsExactly("+a [INS a]");

    Plan p3 = planner.downgrade(rows("a"), "-1");
    assertThat(steps(p3)).containsExactly("-a [DEL a]");
    assertThat(p3.headsAfter()).isEmpty();

    assertThatThrownBy(() -> planner.downgrade(rows(), "-1"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Relative revision -1 didn't produce 1 migrations");

    assertThat(planner.downgrade(rows("d1", "c2"), "c2").steps()).isEmpty();
    assertThat(planner.downgrade(rows("d1", "c2"), "d1").steps()).isEmpty();

    assertThatThrownBy(() -> planner.upgrade(rows("a"), "b+1"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Ambiguous walk")
        .hasMessageContaining("c1, c2");
  }

  @Test
  void s11_stampsOnBranches() {
    Plan p1 = planner.stamp(rows("d1", "c2"), List.of("b"), false);
    assertThat(steps(p1)).containsExactly("stamp b [DEL d1; UPD c2->b]");
    assertThat(p1.headsAfter()).containsExactly("b");

    Plan p2 = planner.stamp(rows("d1", "c2"), List.of("c1branch@base"), false);
    assertThat(steps(p2)).containsExactly("stamp base [DEL d1]");
    assertThat(p2.headsAfter()).containsExactly("c2");

    Plan p3 = planner.stamp(rows("d1", "c2"), List.of("c2branch@head"), false);
    assertThat(steps(p3)).containsExactly("stamp d2 [UPD c2->d2]");
    assertThat(p3.headsAfter()).containsExactly("d1", "d2");

    Plan p4 = planner.stamp(rows(), List.of("heads"), false);
    assertThat(steps(p4)).containsExactly("stamp d1 [INS d1]", "stamp d2 [INS d2]");

    Plan p5 = planner.stamp(rows("d1", "d2"), List.of("base"), false);
    assertThat(steps(p5)).containsExactly("stamp base [DEL d1]", "stamp base [DEL d2]");
    assertThat(p5.headsAfter()).isEmpty();
  }

  private record Collecting(List<String> warnings) implements Reporter {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {
      warnings.add(message);
    }

    @Override
    public void debug(String message) {}
  }
}
