package dev.migrate.engine.runtime;

import dev.migrate.engine.api.Branch;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.SqlMigration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns graph revisions into the entries the listing commands print. */
public final class Listings {
  private final Catalog catalog;
  private final Set<String> current;

  /**
   * @param current ids of the database's current revisions, for the {@code (current)} flag
   */
  public Listings(Catalog catalog, Collection<String> current) {
    this.catalog = catalog;
    this.current = new HashSet<>(current);
  }

  public List<RevisionEntry> entries(List<Revision> revisions) {
    return revisions.stream().map(this::entry).toList();
  }

  public RevisionEntry entry(Revision revision) {
    RevisionGraph graph = catalog.graph();
    String id = revision.id();
    boolean head = graph.heads().stream().anyMatch(r -> r.id().equals(id));
    boolean versionedHead = graph.versionedHeads().stream().anyMatch(r -> r.id().equals(id));
    Migration migration = catalog.migrations().get(id);
    String createDate = migration instanceof SqlMigration sql ? sql.createDate().orElse("") : "";
    return new RevisionEntry(
        id,
        revision.downRevisions(),
        graph.dependencies(id),
        graph.labels(id),
        revision.message(),
        revision.source(),
        createDate,
        head,
        versionedHead && !head,
        graph.isBranchPoint(id),
        revision.isMergePoint(),
        current.contains(id),
        graph.children(id).stream().map(Revision::id).toList());
  }

  /** Every branch point with the revisions it branches into, in load order. */
  public List<Branch> branches() {
    RevisionGraph graph = catalog.graph();
    return graph.revisions().stream()
        .filter(r -> graph.isBranchPoint(r.id()))
        .map(r -> new Branch(entry(r), entries(graph.children(r.id()))))
        .toList();
  }
}
