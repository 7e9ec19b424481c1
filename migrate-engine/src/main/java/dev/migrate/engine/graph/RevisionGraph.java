package dev.migrate.engine.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The validated revision graph. Built once from revisions in load order (the only tie-breaker, as
 * in Alembic); answers structural questions in near-constant time. CONTRACT STUB: the graph work
 * replaces the bodies; the signatures are what the runtime and the facade code against.
 */
public final class RevisionGraph {

  /** Validates and builds; throws a {@code GraphException} naming files and revisions. */
  public static RevisionGraph of(List<Revision> revisions) {
    throw new UnsupportedOperationException("graph not implemented yet");
  }

  /** All revisions in load order. */
  public List<Revision> revisions() {
    throw new UnsupportedOperationException();
  }

  public Optional<Revision> find(String id) {
    throw new UnsupportedOperationException();
  }

  /** Real heads: no child by down_revision and no dependent, in load order. */
  public List<Revision> heads() {
    throw new UnsupportedOperationException();
  }

  /** Versioned heads: no child by down_revision (includes effective heads), in load order. */
  public List<Revision> versionedHeads() {
    throw new UnsupportedOperationException();
  }

  public List<Revision> bases() {
    throw new UnsupportedOperationException();
  }

  /** Versioned children of a revision, in load order. */
  public List<Revision> children(String id) {
    throw new UnsupportedOperationException();
  }

  /** Dependency ids of a revision, resolved to full ids. */
  public List<String> dependencies(String id) {
    throw new UnsupportedOperationException();
  }

  /** Declared plus inherited branch labels, sorted. */
  public List<String> labels(String id) {
    throw new UnsupportedOperationException();
  }

  public boolean isBranchPoint(String id) {
    throw new UnsupportedOperationException();
  }

  /**
   * The current revisions for a set of version rows: the rows plus tips implied through
   * dependencies; an unknown row is an error naming it.
   */
  public List<Revision> current(Collection<String> rows) {
    throw new UnsupportedOperationException();
  }

  /** Resolves a symbol ({@code heads}, {@code label@head}, a prefix ...) to revisions. */
  public List<Revision> resolve(String symbol) {
    throw new UnsupportedOperationException();
  }

  /**
   * Revisions of a history range ({@code A:B}, {@code current:} with the given rows), newest first.
   */
  public List<Revision> history(Collection<String> rows, String range) {
    throw new UnsupportedOperationException();
  }
}
