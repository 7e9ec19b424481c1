package dev.migrate.engine.api;

import java.util.ArrayList;
import java.util.List;

/** A branch point and the revisions it branches into, as {@code branches} prints them. */
public record Branch(RevisionEntry point, List<RevisionEntry> children) {
  public Branch {
    children = List.copyOf(children);
  }

  /**
   * The lines {@code branches} prints for this branch point, in Alembic's layout, the same in every
   * front end: the branch point ({@code a1 (branchpoint)}, or its verbose entry), then one arrow
   * per child indented under its id ({@code -> b2 (head)}; with the message when verbose).
   */
  public List<String> lines(boolean verbose) {
    List<String> lines = new ArrayList<>();
    if (verbose) {
      point.verbose().lines().forEach(lines::add);
    } else {
      lines.add(point.idWithFlags(false));
    }
    String indent = " ".repeat(point.id().length());
    for (RevisionEntry child : children) {
      String message = child.message().lines().findFirst().orElse("");
      lines.add(
          indent
              + " -> "
              + child.idWithFlags(false)
              + (verbose && !message.isEmpty() ? ", " + message : ""));
    }
    return lines;
  }
}
