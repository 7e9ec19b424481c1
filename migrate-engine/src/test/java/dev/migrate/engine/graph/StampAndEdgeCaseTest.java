package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static dev.migrate.engine.graph.Graphs.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.MultipleHeadsException;
import dev.migrate.engine.api.error.OverlappingRevisionsException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import dev.migrate.engine.api.error.UnknownRevisionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stamps beyond the reference scenarios, and the places where Alembic crashes. */
class StampAndEdgeCaseTest {
  private final RevisionGraph g = twoBranches();
  private final Planner planner = new Planner(g);

  @Test
  void purgeDeletesEveryRowEvenUnknownOnesThenStampsFromEmpty() {
    Plan plan = planner.stamp(rows("gone", "d1"), List.of("c2"), true);
    assertThat(steps(plan)).containsExactly("stamp base [DEL gone; DEL d1]", "stamp c2 [INS c2]");
    assertThat(plan.headsAfter()).containsExactly("c2");
    assertThat(plan.steps().get(1).from()).isEmpty();
    assertThat(plan.steps().get(1).to()).containsExactly("c2");
  }

  @Test
  void stampWithoutPurgeNamesUnknownRows() {
    assertThatThrownBy(() -> planner.stamp(rows("gone"), List.of("c2"), false))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("'gone'")
        .hasMessageContaining("stamp --purge");
  }

  @Test
  void stampHeadsFromOneRowPerBranchMovesEachBranch() {
    // Alembic crashes here with a KeyError (it merges both rows into the first head).
    Plan plan = planner.stamp(rows("c1", "c2"), List.of("heads"), false);
    assertThat(steps(plan)).containsExactly("stamp d1 [UPD c1->d1]", "stamp d2 [UPD c2->d2]");
    assertThat(plan.headsAfter()).containsExactly("d1", "d2");
  }

  @Test
  void stampOfALabelKeepsARowThatOnlyDependsOnTheLabelledBranch() {
    // r4 depends on r1 (lab1) but is neither above nor below r3. Alembic 1.8 (AlembicAgreementTest,
    // seed 101901, max size 25) stamps lab1@head to {r3}, dropping r4 so that the next upgrade
    // runs r0 and r4 again; it keeps r4 for 'stamp r3', the same revision. Ours keeps it for both.
    Planner p =
        new Planner(
            graph(
                rev("r0"),
                rev("r1").labels("lab1"),
                rev("r2", "r1").labels("lab2"),
                rev("r3", "r2"),
                rev("r4", "r0").deps("r1").labels("lab4")));
    for (String target : List.of("lab1@head", "r3")) {
      Plan plan = p.stamp(rows("r2", "r4"), List.of(target), false);
      assertThat(steps(plan)).as(target).containsExactly("stamp r3 [UPD r2->r3]");
      assertThat(plan.headsAfter()).as(target).containsExactly("r3", "r4");
    }
  }

  @Test
  void stampUpwardAndDownwardAndNewBranch() {
    assertThat(steps(planner.stamp(rows("b"), List.of("d1"), false)))
        .containsExactly("stamp d1 [UPD b->d1]");
    assertThat(steps(planner.stamp(rows("d1"), List.of("a"), false)))
        .containsExactly("stamp a [UPD d1->a]");
    assertThat(steps(planner.stamp(rows("d1"), List.of("c2"), false)))
        .containsExactly("stamp c2 [INS c2]");
    assertThat(planner.stamp(rows("d1"), List.of("d1"), false).steps()).isEmpty();
    Step step = planner.stamp(rows("b"), List.of("d1"), false).steps().get(0);
    assertThat(step.from()).containsExactly("b");
    assertThat(step.to()).containsExactly("d1");
    assertThat(step.direction()).isEqualTo(Direction.STAMP);
  }

  @Test
  void stampingRevisionsThatImplyEachOtherIsRefused() {
    assertThatThrownBy(() -> planner.stamp(rows(), List.of("a", "d1"), false))
        .isInstanceOf(OverlappingRevisionsException.class)
        .hasMessageContaining("a is already implied by d1");
  }

  @Test
  void stampOfHeadWithSeveralHeads() {
    assertThatThrownBy(() -> planner.stamp(rows(), List.of("head"), false))
        .isInstanceOf(MultipleHeadsException.class);
  }

  @Test
  void branchMinusNWithoutARowOnTheBranchIsAClearError() {
    // Alembic: bare AssertionError for both.
    assertThatThrownBy(() -> planner.downgrade(rows(), "two@-1"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("no current revision is on branch 'two'");
  }

  @Test
  void branchPlusNFromBelowTheBranch() {
    assertThat(steps(planner.upgrade(rows("a"), "two@+2")))
        .containsExactly("+b [UPD a->b]", "+c2 [UPD b->c2]");
    assertThat(order(planner.upgrade(rows(), "one@+3"))).isEqualTo("+a +b +c1");
  }

  @Test
  void upgradeToAnAncestorIsANoOp() {
    assertThat(planner.upgrade(rows("d1"), "b").steps()).isEmpty();
    assertThat(planner.upgrade(rows("d1"), "b").headsAfter()).containsExactly("d1");
  }

  @Test
  void upgradeToAnotherBranchAddsARow() {
    Plan plan = planner.upgrade(rows("d1"), "d2");
    assertThat(steps(plan)).containsExactly("+c2 [INS c2]", "+d2 [UPD c2->d2]");
    assertThat(plan.headsAfter()).containsExactly("d1", "d2");
  }

  @Test
  void downgradeOfAnotherBranchIsRefused() {
    assertThatThrownBy(() -> planner.downgrade(rows("d1"), "c2"))
        .isInstanceOfSatisfying(
            RangeNotAncestorException.class, e -> assertThat(e.lower()).isEqualTo("c2"))
        .hasMessageContaining(
            "Destination c2 is not a valid downgrade target from current head(s)");
  }

  @Test
  void aRowThatIsAnAncestorOfAnotherIsReadAsAlembicReadsItAndDeletedByTheFirstStep() {
    // Alembic's current leaves such a row out; its upgrade refuses it ("overlaps"): ours plans from
    // the rows that say something and deletes the redundant one with the first write.
    assertThat(g.redundantRows(rows("a", "d1"))).containsExactly("a");
    assertThat(g.current(rows("a", "d1"))).extracting(Revision::id).containsExactly("d1");

    Plan upgrade = planner.upgrade(rows("a", "d1"), "heads");
    assertThat(steps(upgrade)).containsExactly("+c2 [DEL a; INS c2]", "+d2 [UPD c2->d2]");
    assertThat(upgrade.redundantRows()).containsExactly("a");
    assertThat(upgrade.headsAfter()).containsExactly("d1", "d2");
    List<String> table = rows("a", "d1");
    for (Step step : upgrade.steps()) {
      table = step.rowsAfter(table);
    }
    assertThat(table).containsExactlyInAnyOrder("d1", "d2");

    Plan down = planner.downgrade(rows("d1", "a", "c1"), "b");
    assertThat(steps(down)).startsWith("-d1 [DEL a; DEL c1; UPD d1->c1]");
    assertThat(down.headsAfter()).containsExactly("b");

    Plan stamp = planner.stamp(rows("b", "d1"), List.of("c1"), false);
    assertThat(steps(stamp)).containsExactly("stamp c1 [DEL b; UPD d1->c1]");

    Plan nothing = planner.upgrade(rows("a", "d1", "d2"), "heads");
    assertThat(nothing.isEmpty()).isTrue();
    assertThat(nothing.redundantRows()).isEmpty();
  }

  @Test
  void upgradeStepsCarryParentsForTheLogLine() {
    RevisionGraph merge = graph(rev("a"), rev("b"), rev("m", "a", "b").deps("a"));
    Step step = new Planner(merge).upgrade(rows("a", "b"), "m").steps().get(0);
    assertThat(step.from()).containsExactly("a", "b");
    assertThat(step.to()).containsExactly("m");
    Step down = new Planner(merge).downgrade(rows("m"), "a").steps().get(0);
    assertThat(down.from()).containsExactly("m");
    assertThat(down.to()).containsExactly("a", "b");
  }
}
