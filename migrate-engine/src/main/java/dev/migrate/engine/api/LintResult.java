package dev.migrate.engine.api;

import dev.migrate.engine.common.LintSeverity;
import java.util.List;

/**
 * What {@code lint} found.
 *
 * @param revisions the revisions linted, oldest first
 * @param findings the findings, by revision in that order and by line within one
 */
public record LintResult(List<String> revisions, List<LintFinding> findings) {
  public LintResult {
    revisions = List.copyOf(revisions);
    findings = List.copyOf(findings);
  }

  /** True when a finding reaches the level ({@link LintSeverity#OFF}: never). */
  public boolean fails(LintSeverity failOn) {
    for (LintFinding finding : findings) {
      if (finding.severity().reaches(failOn)) {
        return true;
      }
    }
    return false;
  }

  /** How many findings have the severity. */
  public long count(LintSeverity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).count();
  }

  /** {@code 3 findings (1 error, 2 warnings, 0 info) in 2 of 5 revisions}. */
  public String summary() {
    long files = findings.stream().map(LintFinding::revision).distinct().count();
    return counted(findings.size(), "finding")
        + " ("
        + counted(count(LintSeverity.ERROR), "error")
        + ", "
        + counted(count(LintSeverity.WARNING), "warning")
        + ", "
        + count(LintSeverity.INFO)
        + " info) in "
        + files
        + " of "
        + revisions.size()
        + " revisions";
  }

  private static String counted(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** The findings printed in the format, as lines. */
  public List<String> render(LintFormat format) {
    return LintReport.render(this, format);
  }
}
