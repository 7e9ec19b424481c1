package dev.migrate.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The flags of {@code revision} (and, with several heads, {@code merge}).
 *
 * @param message the message, also the source of the file name's slug
 * @param head the parent: null for the single head, {@code base} for a new root, {@code label@head}
 * @param splice allow a parent that is not a head
 * @param branchLabel a label for the new revision, may be null
 * @param dependsOn dependency references (ids, prefixes or labels)
 * @param revId an explicit id instead of a generated one, may be null
 * @param versionPath the directory to write into, may be null
 */
public record RevisionRequest(
    String message,
    String head,
    boolean splice,
    String branchLabel,
    List<String> dependsOn,
    String revId,
    Path versionPath) {
  /** Blank texts count as not given. */
  public RevisionRequest {
    head = SettingValues.blankToNull(head);
    branchLabel = SettingValues.blankToNull(branchLabel);
    revId = SettingValues.blankToNull(revId);
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }

  /** A request with only a message: on the single head, a generated id. */
  public static RevisionRequest of(String message) {
    return new RevisionRequest(message, null, false, null, List.of(), null, null);
  }
}
