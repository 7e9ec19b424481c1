package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.order;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static dev.migrate.engine.graph.Graphs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.RangeNotAncestorException;
import org.junit.jupiter.api.Test;

/** Reference scenarios S1-S4: one line of five revisions with real Alembic-style ids. */
class LinearScenariosTest {
  static final String A = "e6239818bb3a";
  static final String B = "548bbb905360";
  static final String C = "b7ea43dc85e4";
  static final String D = "1bbe33445780";
  static final String E = "3975fb1a0125";

  private final Planner planner =
      new Planner(graph(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D)));

  private static String up(String... ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append(sb.length() == 0 ? "" : " ").append('+').append(id);
    }
    return sb.toString();
  }

  @Test
  void s1_upgradeAlongTheLine() {
    Plan toE = planner.upgrade(rows(C), E);
    assertThat(steps(toE))
        .containsExactly(
            "+" + D + " [UPD " + C + "->" + D + "]", "+" + E + " [UPD " + D + "->" + E + "]");
    assertThat(toE.headsAfter()).containsExactly(E);

    Plan toC = planner.upgrade(rows(), C);
    assertThat(steps(toC))
        .containsExactly(
            "+" + A + " [INS " + A + "]",
            "+" + B + " [UPD " + A + "->" + B + "]",
            "+" + C + " [UPD " + B + "->" + C + "]");
    assertThat(toC.headsAfter()).containsExactly(C);
  }

  @Test
  void s1_headHeadsAndShortPrefixes() {
    assertThat(order(planner.upgrade(rows(), "head"))).isEqualTo(up(A, B, C, D, E));
    assertThat(order(planner.upgrade(rows(), "heads"))).isEqualTo(up(A, B, C, D, E));
    assertThat(planner.upgrade(rows(), "5").headsAfter()).containsExactly(B);
    assertThat(order(planner.upgrade(rows(), "1b"))).isEqualTo(up(A, B, C, D));
  }

  @Test
  void s2_relativeUpgrades() {
    assertThat(order(planner.upgrade(rows(A), "+2"))).isEqualTo(up(B, C));
    assertThat(order(planner.upgrade(rows(A), "+1"))).isEqualTo(up(B));
    assertThat(order(planner.upgrade(rows(B), "+3"))).isEqualTo(up(C, D, E));
    assertThat(order(planner.upgrade(rows(A), B + "+2"))).isEqualTo(up(B, C, D));
    assertThat(order(planner.upgrade(rows(A), D + "-2"))).isEqualTo(up(B));
    assertThat(order(planner.upgrade(rows(), "base+2"))).isEqualTo(up(A, B));
    assertThat(order(planner.upgrade(rows(), "head-1"))).isEqualTo(up(A, B, C, D));
  }

  @Test
  void s3_relativeErrors() {
    assertThatThrownBy(() -> planner.upgrade(rows(B), "-2"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Relative revision -2 didn't produce 2 migrations");
    assertThatThrownBy(() -> planner.upgrade(rows(B), "+5"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Relative revision +5 didn't produce 5 migrations");
    assertThatThrownBy(() -> planner.downgrade(rows(B), "-5"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Relative revision -5 didn't produce 5 migrations");
    assertThatThrownBy(() -> planner.downgrade(rows(B), "+2"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Relative revision +2 didn't produce 2 migrations");
    assertThatThrownBy(() -> planner.downgrade(rows(), "548"))
        .isInstanceOf(RangeNotAncestorException.class)
        .hasMessageContaining(
            "Destination 548 is not a valid downgrade target from current head(s)");
    assertThatThrownBy(() -> planner.downgrade(rows(B), "b7ea"))
        .isInstanceOf(RangeNotAncestorException.class)
        .hasMessageContaining("Destination b7ea is not a valid downgrade target");
    assertThatThrownBy(() -> planner.downgrade(rows(D), A + "-2"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Walked too far");
    // Alembic: bare AssertionError.
    assertThatThrownBy(() -> planner.upgrade(rows(A), D + "+2"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("walks past the top")
        .hasMessageContaining(D);
  }

  @Test
  void s4_downgrades() {
    Plan toC = planner.downgrade(rows(E), C);
    assertThat(steps(toC))
        .containsExactly(
            "-" + E + " [UPD " + E + "->" + D + "]", "-" + D + " [UPD " + D + "->" + C + "]");
    assertThat(toC.headsAfter()).containsExactly(C);

    Plan toBase = planner.downgrade(rows(C), "base");
    assertThat(steps(toBase))
        .containsExactly(
            "-" + C + " [UPD " + C + "->" + B + "]",
            "-" + B + " [UPD " + B + "->" + A + "]",
            "-" + A + " [DEL " + A + "]");
    assertThat(toBase.headsAfter()).isEmpty();
  }

  @Test
  void s4_relativeDowngradesAndNoOps() {
    assertThat(order(planner.downgrade(rows(C), "-1"))).isEqualTo("-" + C);
    assertThat(order(planner.downgrade(rows(E), "-3"))).isEqualTo("-" + E + " -" + D + " -" + C);
    assertThat(order(planner.downgrade(rows(D), A + "+2"))).isEqualTo("-" + D);
    Plan cMinus2 = planner.downgrade(rows(D), C + "-2");
    assertThat(order(cMinus2)).isEqualTo("-" + D + " -" + C + " -" + B);
    assertThat(cMinus2.headsAfter()).containsExactly(A);
    assertThat(planner.downgrade(rows(A), A).steps()).isEmpty();
    assertThat(planner.downgrade(rows(E), E).steps()).isEmpty();
    assertThat(planner.downgrade(rows(), "base").steps()).isEmpty();
  }

  @Test
  void s4_stampToBase() {
    Plan plan = planner.stamp(rows(D), java.util.List.of("base"), false);
    assertThat(steps(plan)).containsExactly("stamp base [DEL " + D + "]");
    assertThat(plan.headsAfter()).isEmpty();
  }
}
