package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.ids;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static dev.migrate.engine.graph.Graphs.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import org.junit.jupiter.api.Test;

/** {@code history} ranges (reference 1.5) and offline START:END plans. */
class HistoryAndRangeTest {
  private final RevisionGraph line = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
  private final RevisionGraph branches = twoBranches();

  @Test
  void wholeHistoryNewestFirst() {
    assertThat(ids(line.history(rows(), null))).containsExactly("d", "c", "b", "a");
    assertThat(ids(line.history(rows(), ":"))).containsExactly("d", "c", "b", "a");
    assertThat(ids(branches.history(rows(), ":")))
        .containsExactly("d1", "c1", "d2", "c2", "b", "a");
  }

  @Test
  void boundsAreInclusive() {
    assertThat(ids(line.history(rows(), "b:c"))).containsExactly("c", "b");
    assertThat(ids(line.history(rows(), "b:"))).containsExactly("d", "c", "b");
    assertThat(ids(line.history(rows(), ":b"))).containsExactly("b", "a");
    assertThat(ids(line.history(rows(), "a:+2"))).containsExactly("c", "b", "a");
  }

  @Test
  void currentAndRelativeBounds() {
    assertThat(ids(line.history(rows("b"), "current:"))).containsExactly("d", "c", "b");
    assertThat(ids(line.history(rows("c"), ":current"))).containsExactly("c", "b", "a");
    assertThat(ids(line.history(rows(), ":current"))).containsExactly("d", "c", "b", "a");
    assertThat(ids(line.history(rows("d"), "-1:current"))).containsExactly("d", "c");
    // An overshooting lower bound falls back to walking from the upper one (Alembic).
    assertThat(ids(line.history(rows(), "-9:c"))).containsExactly("c", "b", "a");
  }

  @Test
  void branchBounds() {
    assertThat(ids(branches.history(rows(), ":one@head"))).containsExactly("d1", "c1", "b", "a");
    assertThat(ids(branches.history(rows(), "one@base:"))).containsExactly("d1", "c1", "b", "a");
  }

  @Test
  void rangeErrors() {
    assertThatThrownBy(() -> line.history(rows(), "c:b"))
        .isInstanceOfSatisfying(
            RangeNotAncestorException.class,
            e -> {
              assertThat(e.lower()).isEqualTo("c");
              assertThat(e.upper()).isEqualTo("b");
            })
        .hasMessageContaining(
            "Requested range c:b does not refer to ancestor/descendant revisions along the same"
                + " branch");
    assertThatThrownBy(() -> line.history(rows(), "c"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("History range requires");
    assertThatThrownBy(() -> branches.history(rows(), "c1:d2"))
        .isInstanceOf(RangeNotAncestorException.class);
  }

  @Test
  void offlineUpgradeRange() {
    Planner p = new Planner(line);
    Plan plan = p.upgradeRange("b:d");
    assertThat(steps(plan)).containsExactly("+c [UPD b->c]", "+d [UPD c->d]");
    assertThat(plan.headsBefore()).containsExactly("b");
    assertThat(steps(p.upgradeRange(":b"))).containsExactly("+a [INS a]", "+b [UPD a->b]");
    assertThat(order(p.upgradeRange("base:heads"))).isEqualTo("+a +b +c +d");
    assertThat(order(p.upgradeRange("heads"))).isEqualTo("+a +b +c +d");
    assertThatThrownBy(() -> p.upgradeRange("d:b"))
        .isInstanceOfSatisfying(
            RangeNotAncestorException.class,
            e -> {
              assertThat(e.lower()).isEqualTo("d");
              assertThat(e.upper()).isEqualTo("b");
            })
        .hasMessageContaining("b is not a descendant of d");
  }

  @Test
  void offlineDowngradeRange() {
    Planner p = new Planner(line);
    assertThat(steps(p.downgradeRange("d:b"))).containsExactly("-d [UPD d->c]", "-c [UPD c->b]");
    assertThat(steps(p.downgradeRange("b:base"))).containsExactly("-b [UPD b->a]", "-a [DEL a]");
    assertThatThrownBy(() -> p.downgradeRange("b"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("downgrade with --sql requires <fromrev>:<torev>");
    assertThatThrownBy(() -> p.downgradeRange("b:d"))
        .isInstanceOfSatisfying(
            RangeNotAncestorException.class,
            e -> {
              assertThat(e.lower()).isEqualTo("d");
              assertThat(e.upper()).isEqualTo("b");
            })
        .hasMessageContaining("d is not an ancestor of b");
    Planner bp = new Planner(branches);
    assertThatThrownBy(() -> bp.downgradeRange("d1:c2"))
        .isInstanceOf(RangeNotAncestorException.class)
        .hasMessageContaining("d1:c2");
  }

  @Test
  void onlineCommandsRefuseRanges() {
    Planner p = new Planner(line);
    assertThatThrownBy(() -> p.upgrade(rows(), "a:b"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Range revision not allowed");
    assertThatThrownBy(() -> p.downgrade(rows("d"), "d:b"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Range revision not allowed");
  }
}
