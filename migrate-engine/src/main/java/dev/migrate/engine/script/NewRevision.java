package dev.migrate.engine.script;

import java.util.List;

/**
 * What {@code revision} was asked for, in the writer's terms.
 *
 * @param message the message, also the source of the slug
 * @param head the parent symbol: null or {@code head} for the single head, {@code base} for a new
 *     root, {@code heads} for every head, or any target ({@code label@head}, an id or prefix)
 * @param splice allow a parent that is not a head
 * @param branchLabel a label for the new revision, or null
 * @param dependsOn dependency references: ids, prefixes (resolved to full ids) or labels (kept)
 * @param revId an explicit id, or null to generate one
 */
public record NewRevision(
    String message,
    String head,
    boolean splice,
    String branchLabel,
    List<String> dependsOn,
    String revId) {
  public NewRevision {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }
}
