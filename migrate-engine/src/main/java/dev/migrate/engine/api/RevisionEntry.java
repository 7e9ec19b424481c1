package dev.migrate.engine.api;

import java.time.ZoneId;
import java.util.List;

/**
 * A revision as the listing commands show it ({@code current}, {@code heads}, {@code history},
 * {@code show}, {@code branches}).
 *
 * @param id revision id
 * @param downRevisions parents in declared order
 * @param dependsOn resolved dependency ids
 * @param branchLabels labels including inherited ones, sorted
 * @param message the revision message
 * @param source file path or class name
 * @param createDate the create date from the header, may be empty
 * @param head a versioned head that nothing depends on
 * @param effectiveHead a versioned head that something depends on
 * @param branchPoint more than one child
 * @param mergePoint more than one parent
 * @param current one of the database's current revisions
 * @param children ids of the versioned children
 * @param applied when, by whom and how long it was applied, for the verbose entry; null when not
 *     asked for, not applied, or not recorded
 */
public record RevisionEntry(
    String id,
    List<String> downRevisions,
    List<String> dependsOn,
    List<String> branchLabels,
    String message,
    String source,
    String createDate,
    boolean head,
    boolean effectiveHead,
    boolean branchPoint,
    boolean mergePoint,
    boolean current,
    List<String> children,
    Applied applied) {

  public RevisionEntry {
    downRevisions = List.copyOf(downRevisions);
    dependsOn = List.copyOf(dependsOn);
    branchLabels = List.copyOf(branchLabels);
    children = List.copyOf(children);
    message = message == null ? "" : message;
    createDate = createDate == null ? "" : createDate;
  }

  /** This entry with the applied details its verbose form shows. */
  public RevisionEntry withApplied(Applied details) {
    return new RevisionEntry(
        id,
        downRevisions,
        dependsOn,
        branchLabels,
        message,
        source,
        createDate,
        head,
        effectiveHead,
        branchPoint,
        mergePoint,
        current,
        children,
        details);
  }

  /** Alembic's short form: {@code a1 (deps) -> b2 (label) (head), message}. */
  public String historyLine() {
    StringBuilder line = new StringBuilder();
    line.append(downRevisions.isEmpty() ? "<base>" : String.join(", ", downRevisions));
    if (!dependsOn.isEmpty()) {
      line.append(" (").append(String.join(", ", dependsOn)).append(')');
    }
    line.append(" -> ").append(idWithFlags(true));
    if (!message.isEmpty()) {
      line.append(", ").append(firstLine(message));
    }
    return line.toString();
  }

  /** The id with its labels and flags: {@code b2 (workflow) (head) (current)}. */
  public String idWithFlags(boolean withCurrent) {
    StringBuilder text = new StringBuilder(id);
    if (!branchLabels.isEmpty()) {
      text.append(" (").append(String.join(", ", branchLabels)).append(')');
    }
    if (head) {
      text.append(" (head)");
    } else if (effectiveHead) {
      text.append(" (effective head)");
    }
    if (withCurrent && current) {
      text.append(" (current)");
    }
    if (branchPoint) {
      text.append(" (branchpoint)");
    }
    if (mergePoint) {
      text.append(" (mergepoint)");
    }
    return text.toString();
  }

  /**
   * Alembic's verbose entry, as {@code show} and {@code history --verbose} print it, with an {@code
   * Applied:} line after the path when the entry carries applied details (times in the system's
   * time zone).
   */
  public String verbose() {
    return verbose(ZoneId.systemDefault());
  }

  /** {@link #verbose()} with applied times in the given zone. */
  public String verbose(ZoneId zone) {
    StringBuilder text = new StringBuilder();
    text.append("Rev: ").append(id);
    if (head || effectiveHead) {
      text.append(" (head)");
    }
    if (branchPoint) {
      text.append(" (branchpoint)");
    }
    if (mergePoint) {
      text.append(" (mergepoint)");
    }
    if (current) {
      text.append(" (current)");
    }
    text.append('\n');
    if (mergePoint) {
      text.append("Merges: ").append(String.join(", ", downRevisions)).append('\n');
    } else {
      text.append("Parent: ")
          .append(downRevisions.isEmpty() ? "<base>" : downRevisions.get(0))
          .append('\n');
    }
    if (!dependsOn.isEmpty()) {
      text.append("Also depends on: ").append(String.join(", ", dependsOn)).append('\n');
    }
    if (branchPoint) {
      text.append("Branches into: ").append(String.join(", ", children)).append('\n');
    }
    if (!branchLabels.isEmpty()) {
      text.append("Branch names: ").append(String.join(", ", branchLabels)).append('\n');
    }
    text.append("Path: ").append(source).append('\n');
    if (applied != null) {
      text.append(applied.line(zone)).append('\n');
    }
    text.append('\n');
    for (String line : (message.isEmpty() ? "" : message).split("\n", -1)) {
      text.append("    ").append(line).append('\n');
    }
    if (!createDate.isEmpty()) {
      text.append('\n').append("    Create Date: ").append(createDate).append('\n');
    }
    return text.toString();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
