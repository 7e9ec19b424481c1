package dev.migrate.engine.command;

import dev.migrate.engine.api.Branch;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.SqlMigration;
import java.util.ArrayList;
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

  /** The database's current revisions (rows plus tips implied through dependencies). */
  public static List<RevisionEntry> current(Catalog catalog, List<String> rows) {
    List<Revision> current = catalog.graph().current(rows);
    return new Listings(catalog, ids(current)).entries(current);
  }

  // Loops rather than streams and lambdas here: listing runs last in a short command, after the
  // database answered, and each lambda's first use costs start-up time there.
  public List<RevisionEntry> entries(List<Revision> revisions) {
    List<RevisionEntry> entries = new ArrayList<>(revisions.size());
    for (Revision revision : revisions) {
      entries.add(entry(revision));
    }
    return List.copyOf(entries);
  }

  public RevisionEntry entry(Revision revision) {
    RevisionGraph graph = catalog.graph();
    String id = revision.id();
    boolean head = containsId(graph.heads(), id);
    boolean versionedHead = containsId(graph.versionedHeads(), id);
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
        ids(graph.children(id)),
        null);
  }

  private static boolean containsId(List<Revision> revisions, String id) {
    for (Revision revision : revisions) {
      if (revision.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The revisions' ids, in order. */
  static List<String> ids(List<Revision> revisions) {
    List<String> ids = new ArrayList<>(revisions.size());
    for (Revision revision : revisions) {
      ids.add(revision.id());
    }
    return List.copyOf(ids);
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
