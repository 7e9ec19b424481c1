package dev.migrate.engine.api;

import java.util.Locale;

/** How {@code lint} prints its findings. */
public enum LintFormat {
  /** {@code file:line:col rule severity message}, grouped by revision, with a summary line. */
  TEXT,
  /** One JSON object: the summary and an array of findings. */
  JSON,
  /** GitHub Actions workflow commands ({@code ::warning file=...,line=...::message}). */
  GITHUB;

  /** {@code text}, {@code json} or {@code github}, any case; null for anything else. */
  public static LintFormat parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      case "github" -> GITHUB;
      default -> null;
    };
  }
}
