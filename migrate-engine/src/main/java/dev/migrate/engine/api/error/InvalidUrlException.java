package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A database URL that cannot be read: no scheme, a scheme no supported database has, a port that is
 * not a number, credentials that are not percent-encoded where they must be, a query parameter
 * without a value. The message is one line that names the wrong part and shows the URL with its
 * password masked.
 */
public final class InvalidUrlException extends MigrateException {
  private final String maskedUrl;
  private final String part;
  private final String problem;

  /**
   * @param maskedUrl the URL with its password masked, or null when none of it may be shown
   * @param part the part that is wrong: {@code scheme}, {@code port}, {@code user or password}...
   * @param problem what is wrong with it and how to write it
   */
  public InvalidUrlException(String maskedUrl, String part, String problem) {
    super("Database URL" + (maskedUrl == null ? "" : " " + maskedUrl) + ": " + problem);
    this.maskedUrl = maskedUrl;
    this.part = part;
    this.problem = problem;
  }

  /** What is wrong and how to write it, without the URL. */
  public String problem() {
    return problem;
  }

  /** The URL as it may be shown, password masked; null when none of it may be. */
  public String maskedUrl() {
    return maskedUrl;
  }

  /** The part of the URL that is wrong. */
  public String part() {
    return part;
  }
}
