package dev.migrate.engine.graph;

import static dev.migrate.engine.graph.Graphs.graph;
import static dev.migrate.engine.graph.Graphs.ids;
import static dev.migrate.engine.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.CycleException;
import dev.migrate.engine.api.error.DuplicateBranchLabelException;
import dev.migrate.engine.api.error.DuplicateRevisionException;
import dev.migrate.engine.api.error.InvalidRevisionException;
import dev.migrate.engine.api.error.MissingRevisionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Load-time validation: every error names the revisions and the files they come from. */
class GraphLoadTest {

  @Test
  void missingDownRevisionNamesTheFile() {
    assertThatThrownBy(() -> graph(rev("a"), rev("b", "zzz")))
        .isInstanceOfSatisfying(
            MissingRevisionException.class,
            e -> {
              assertThat(e.revision()).isEqualTo("b");
              assertThat(e.missing()).isEqualTo("zzz");
              assertThat(e.field()).isEqualTo("down_revision");
              assertThat(e.source()).isEqualTo("versions/b.sql");
            })
        .hasMessageContaining("versions/b.sql")
        .hasMessageContaining("'zzz'");
  }

  @Test
  void missingDependencyNamesTheFile() {
    assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").deps("nope")))
        .isInstanceOf(MissingRevisionException.class)
        .hasMessageContaining("versions/b.sql")
        .hasMessageContaining("depends_on")
        .hasMessageContaining("'nope'");
  }

  @Test
  void dependencyByIdLabelOrUniquePrefix() {
    RevisionGraph g =
        graph(
            rev("aaaa1111").labels("lib"),
            rev("bbbb2222"),
            rev("c", "bbbb2222").deps("aaaa", "lib", "bbbb2222"));
    assertThat(g.dependencies("c")).containsExactly("aaaa1111", "bbbb2222");
  }

  @Test
  void ambiguousDependencyPrefixListsCandidates() {
    assertThatThrownBy(() -> graph(rev("abcd1"), rev("abcd2"), rev("x", "abcd1").deps("abcd")))
        .isInstanceOf(MissingRevisionException.class)
        .hasMessageContaining("versions/x.sql")
        .hasMessageContaining("abcd1, abcd2");
  }

  @Test
  void duplicateIdNamesBothFiles() {
    List<Revision> revisions =
        List.of(
            new Revision("a", List.of(), List.of(), List.of(), "", "db/one/1_a.sql"),
            new Revision("a", List.of(), List.of(), List.of(), "", "db/two/2_a.sql"));
    assertThatThrownBy(() -> RevisionGraph.of(revisions))
        .isInstanceOfSatisfying(
            DuplicateRevisionException.class,
            e -> {
              assertThat(e.firstSource()).isEqualTo("db/one/1_a.sql");
              assertThat(e.secondSource()).isEqualTo("db/two/2_a.sql");
            })
        .hasMessageContaining("db/one/1_a.sql")
        .hasMessageContaining("db/two/2_a.sql");
  }

  @Test
  void labelsShareTheNamespaceOfIds() {
    assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").labels("a")))
        .isInstanceOf(DuplicateBranchLabelException.class)
        .hasMessageContaining("Branch name 'a' in revision b")
        .hasMessageContaining("versions/b.sql")
        .hasMessageContaining("versions/a.sql");
  }

  @Test
  void idsLongerThanTheVersionColumnOrWithBadCharacters() {
    String tooLong = "a".repeat(33);
    assertThatThrownBy(() -> graph(rev(tooLong)))
        .isInstanceOf(InvalidRevisionException.class)
        .hasMessageContaining(tooLong)
        .hasMessageContaining("VARCHAR(32)")
        .hasMessageContaining("versions/" + tooLong + ".sql");
    assertThat(graph(rev("a".repeat(32))).revisions()).hasSize(1);
    for (String bad : List.of("a-b", "a+b", "a@b", "a:b", "a b", "")) {
      assertThatThrownBy(() -> graph(rev(bad)))
          .as(bad)
          .isInstanceOf(InvalidRevisionException.class);
    }
  }

  @Test
  void badLabels() {
    for (String bad : List.of("x@y", "heads", "base", "a b")) {
      assertThatThrownBy(() -> graph(rev("a").labels(bad)))
          .as(bad)
          .isInstanceOf(InvalidRevisionException.class)
          .hasMessageContaining(bad);
    }
  }

  @Test
  void selfLoops() {
    assertThatThrownBy(() -> graph(rev("a", "a")))
        .isInstanceOf(CycleException.class)
        .hasMessageContaining("Self-loop is detected in revisions (a)")
        .hasMessageContaining("versions/a.sql");
    assertThatThrownBy(() -> graph(rev("a").deps("a")))
        .isInstanceOf(CycleException.class)
        .hasMessageContaining("Dependency self-loop is detected in revisions (a)");
  }

  @Test
  void cycleNamesOnlyTheRevisionsOnIt() {
    assertThatThrownBy(
            () ->
                graph(
                    rev("root"),
                    rev("x", "root", "z"),
                    rev("y", "x"),
                    rev("z", "y"),
                    rev("w", "z")))
        .isInstanceOfSatisfying(
            CycleException.class, e -> assertThat(e.ids()).containsExactly("x", "y", "z"))
        .hasMessageContaining("versions/x.sql");
  }

  @Test
  void redundantMergeParentIsRefused() {
    assertThatThrownBy(
            () -> graph(rev("p1"), rev("x", "p1"), rev("y", "p1"), rev("m", "x", "y", "p1")))
        .isInstanceOf(InvalidRevisionException.class)
        .hasMessageContaining("Revision m (versions/m.sql)")
        .hasMessageContaining("p1 is already an ancestor of x")
        .hasMessageContaining("remove p1 from down_revision");
  }

  @Test
  void structure() {
    RevisionGraph g =
        graph(
            rev("a"),
            rev("b", "a"),
            rev("c1", "b"),
            rev("c2", "b"),
            rev("m", "c1", "c2"),
            rev("x").deps("a"));
    assertThat(ids(g.bases())).containsExactly("a", "x");
    assertThat(ids(g.heads())).containsExactly("m", "x");
    assertThat(g.isBranchPoint("b")).isTrue();
    assertThat(ids(g.branchPoints())).containsExactly("b");
    assertThat(g.isMergePoint("m")).isTrue();
    assertThat(ids(g.children("b"))).containsExactly("c1", "c2");
    assertThat(g.isAncestor("a", "x")).isTrue();
    assertThat(g.isAncestor("c1", "c2")).isFalse();
    assertThat(g.find("c2")).isPresent();
    assertThat(g.find("zz")).isEmpty();
    assertThat(RevisionGraph.of(List.of()).heads()).isEmpty();
  }
}
