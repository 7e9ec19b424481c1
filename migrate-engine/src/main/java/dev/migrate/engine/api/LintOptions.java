package dev.migrate.engine.api;

import dev.migrate.engine.common.LintSeverity;
import java.util.Map;

/**
 * How {@code lint} (and {@code check} with {@code lintOnCheck}) judges and prints.
 *
 * @param failOn the severity from which findings fail the command ({@link LintSeverity#OFF}: never)
 * @param severities severity overrides by rule id ({@link LintSeverity#OFF} silences a rule)
 * @param serverVersion the server version to assume without a database, or null
 * @param format how findings are printed
 * @param onCheck {@code check} lints the pending revisions too
 */
public record LintOptions(
    LintSeverity failOn,
    Map<String, LintSeverity> severities,
    String serverVersion,
    LintFormat format,
    boolean onCheck) {

  /** The defaults: fail on warnings, no overrides, the text format, check does not lint. */
  public static final LintOptions DEFAULTS =
      new LintOptions(LintSeverity.WARNING, Map.of(), null, LintFormat.TEXT, false);

  public LintOptions {
    severities = Map.copyOf(severities);
  }

  public LintOptions withFailOn(LintSeverity level) {
    return new LintOptions(level, severities, serverVersion, format, onCheck);
  }

  public LintOptions withSeverities(Map<String, LintSeverity> overrides) {
    return new LintOptions(failOn, overrides, serverVersion, format, onCheck);
  }

  public LintOptions withServerVersion(String version) {
    return new LintOptions(failOn, severities, version, format, onCheck);
  }

  public LintOptions withFormat(LintFormat chosen) {
    return new LintOptions(failOn, severities, serverVersion, chosen, onCheck);
  }

  public LintOptions withOnCheck(boolean lint) {
    return new LintOptions(failOn, severities, serverVersion, format, lint);
  }
}
