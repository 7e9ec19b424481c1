package dev.migrate.engine.graph;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph, as declared by its script: no I/O, no execution.
 *
 * @param id the revision id, {@code [A-Za-z0-9_]{1,32}}
 * @param downRevisions parents in declared order; empty for a base, two or more for a merge point
 * @param branchLabels labels declared on this revision (not the inherited ones)
 * @param dependsOn dependency references as written (ids, prefixes or labels), resolved by the
 *     graph
 * @param message the human description, may be empty
 * @param source where it came from, for messages (a file path or class name)
 */
public record Revision(
    String id,
    List<String> downRevisions,
    List<String> branchLabels,
    List<String> dependsOn,
    String message,
    String source) {

  public Revision {
    Objects.requireNonNull(id, "id");
    downRevisions = List.copyOf(downRevisions);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    message = message == null ? "" : message;
    source = source == null ? id : source;
  }

  /** A revision with parents only; convenient for tests that build graphs in one expression. */
  public static Revision of(String id, String... downRevisions) {
    return new Revision(id, List.of(downRevisions), List.of(), List.of(), "", id);
  }

  public boolean isBase() {
    return downRevisions.isEmpty();
  }

  public boolean isMergePoint() {
    return downRevisions.size() > 1;
  }
}
