package dev.migrate.engine.common;

import java.util.Locale;

/**
 * How much a lint finding matters, from advice to a certain failure; {@link #OFF} silences a rule
 * (as a severity override) or never fails the build (as {@code failOn}).
 */
public enum LintSeverity {
  /** Advice: worth knowing, rarely blocks anyone. */
  INFO,
  /** Blocks traffic on a big table, or breaks the running application version. */
  WARNING,
  /** Fails at run time or loses data. */
  ERROR,
  /** Not reported (a rule) or never failing (the build). */
  OFF;

  /** The lower-case name users write: {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a finding of this severity reaches the {@code failOn} level. */
  public boolean reaches(LintSeverity failOn) {
    return this != OFF && failOn != OFF && ordinal() >= failOn.ordinal();
  }

  /**
   * {@code info}, {@code warning} (or {@code warn}), {@code error}, {@code off} (or {@code never}),
   * any case; null for anything else.
   */
  public static LintSeverity parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "info" -> INFO;
      case "warning", "warn" -> WARNING;
      case "error" -> ERROR;
      case "off", "never", "none" -> OFF;
      default -> null;
    };
  }
}
