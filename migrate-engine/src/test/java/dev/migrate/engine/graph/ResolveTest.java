package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.ids;
import static dev.migrate.engine.graph.Graphs.rev;
import static dev.migrate.engine.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.AmbiguousRevisionException;
import dev.migrate.engine.api.error.MultipleHeadsException;
import dev.migrate.engine.api.error.UnknownRevisionException;
import org.junit.jupiter.api.Test;

/** Symbols, prefixes, labels and their inheritance, and {@code current}. */
class ResolveTest {
  private final RevisionGraph g =
      graph(
          rev("a"),
          rev("b", "a"),
          rev("c1", "b").labels("one"),
          rev("d1", "c1"),
          rev("c2", "b").labels("two"),
          rev("m", "d1", "c2"),
          rev("n", "m"),
          rev("r"),
          rev("s", "r"),
          rev("t", "s").labels("tee"),
          rev("u", "t"),
          rev("dep", "u"),
          rev("v"),
          rev("w", "v").deps("s").labels("wl"));

  @Test
  void labelInheritanceMatchesAlembic() {
    // Expected values printed by Alembic's RevisionMap for this very graph.
    assertThat(g.labels("a")).isEmpty();
    assertThat(g.labels("b")).isEmpty();
    assertThat(g.labels("c1")).containsExactly("one");
    assertThat(g.labels("d1")).containsExactly("one");
    assertThat(g.labels("c2")).containsExactly("two");
    assertThat(g.labels("m")).containsExactly("one", "two");
    assertThat(g.labels("n")).containsExactly("one", "two");
    assertThat(g.labels("r")).isEmpty();
    assertThat(g.labels("s")).isEmpty();
    assertThat(g.labels("t")).containsExactly("tee");
    assertThat(g.labels("dep")).containsExactly("tee");
    assertThat(g.labels("v")).containsExactly("wl");
    assertThat(g.labels("w")).containsExactly("wl");
  }

  @Test
  void labelOnAChainReachesTheRoot() {
    RevisionGraph chain = graph(rev("d"), rev("e", "d").labels("ebranch"), rev("f", "e"));
    assertThat(chain.labels("d")).containsExactly("ebranch");
  }

  @Test
  void symbols() {
    assertThat(ids(g.resolve("heads"))).containsExactly("n", "dep", "w");
    assertThat(g.resolve("base")).isEmpty();
    assertThat(g.resolve("")).isEmpty();
    assertThat(ids(g.resolve("one"))).containsExactly("c1");
    assertThat(ids(g.resolve("one@head"))).containsExactly("n");
    assertThat(ids(g.resolve("tee@heads"))).containsExactly("dep");
    assertThat(g.resolve("one@base")).isEmpty();
    assertThat(ids(g.resolve("two@b"))).containsExactly("b");
    assertThat(ids(g.resolve("one@one"))).containsExactly("c1");
    assertThat(ids(g.resolve("d1@c1"))).containsExactly("c1");
    assertThat(ids(g.resolve("tee@-1"))).containsExactly("u");
    assertThat(ids(g.resolve("dep-2"))).containsExactly("t");
    assertThat(ids(g.resolve("t+1"))).containsExactly("u");
  }

  @Test
  void headWithSeveralHeadsSuggestsHeadsAndLabels() {
    assertThatThrownBy(() -> g.resolve("head"))
        .isInstanceOfSatisfying(
            MultipleHeadsException.class,
            e -> {
              assertThat(e.heads()).containsExactly("n", "dep", "w");
              assertThat(e.argument()).isEqualTo("head");
            })
        .hasMessageContaining("'heads'")
        .hasMessageContaining("one@head, tee@head, wl@head");
  }

  @Test
  void memberOfBranch() {
    assertThatThrownBy(() -> g.resolve("one@c2"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("Revision c2 is not a member of branch 'one'");
    assertThatThrownBy(() -> g.resolve("nosuch@head"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("No such branch: 'nosuch'");
  }

  @Test
  void prefixes() {
    RevisionGraph p =
        graph(
            rev("abc"),
            rev("5f2a9c01", "abc"),
            rev("5f3b0000", "5f2a9c01"),
            rev("9e1d", "5f3b0000").labels("ebranch"));
    assertThat(ids(p.resolve("5f2"))).containsExactly("5f2a9c01");
    assertThat(ids(p.resolve("ebr"))).containsExactly("9e1d");
    assertThat(ids(p.resolve("abc"))).containsExactly("abc");
    assertThat(ids(p.resolve("9"))).containsExactly("9e1d");
    // "ab" starts "abc", but ids shorter than four characters match only whole.
    assertThatThrownBy(() -> p.resolve("ab"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("Can't locate revision identified by 'ab'")
        .hasMessageContaining("no revision id of four or more characters starts with it")
        .message()
        .doesNotContain("please ensure");
    assertThatThrownBy(() -> p.resolve("5f"))
        .isInstanceOfSatisfying(
            AmbiguousRevisionException.class,
            e -> {
              assertThat(e.prefix()).isEqualTo("5f");
              assertThat(e.candidates()).containsExactly("5f2a9c01", "5f3b0000");
            })
        .hasMessageContaining("'5f2a9c01', '5f3b0000'");
    assertThatThrownBy(() -> p.resolve("zzzz"))
        .isInstanceOf(UnknownRevisionException.class)
        .hasMessageContaining("Can't locate revision identified by 'zzzz'");
  }

  @Test
  void currentAddsTipsImpliedByDependencies() {
    RevisionGraph cur = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").deps("a2"));
    assertThat(ids(cur.current(rows("b2")))).containsExactly("a2", "b2");
    assertThat(cur.current(rows())).isEmpty();
    assertThatThrownBy(() -> cur.current(rows("gone")))
        .isInstanceOfSatisfying(
            UnknownRevisionException.class, e -> assertThat(e.id()).isEqualTo("gone"))
        .hasMessageContaining("'gone'")
        .hasMessageContaining("stamp --purge");
    // A row that is an ancestor of another says nothing more: Alembic's current leaves it out.
    assertThat(ids(cur.current(rows("a1", "a2")))).containsExactly("a2");
    assertThat(ids(cur.current(rows("a2", "b2")))).containsExactly("a2", "b2");
  }
}
