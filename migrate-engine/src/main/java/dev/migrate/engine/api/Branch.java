package dev.migrate.engine.api;

import java.util.List;

/** A branch point and the revisions it branches into, as {@code branches} prints them. */
public record Branch(RevisionEntry point, List<RevisionEntry> children) {
  public Branch {
    children = List.copyOf(children);
  }
}
