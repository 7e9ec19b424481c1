package dev.migrate.maven;

import dev.migrate.engine.common.PasswordMasker;

/**
 * The database a goal talks to, after precedence was applied.
 *
 * @param url JDBC URL or {@code postgresql://} form, never null
 * @param user user, null to take it from the URL or the driver's default
 * @param password password, null when none; never printed
 * @param origin where the URL came from, for the debug output
 */
record Connection(String url, String user, String password, Origin origin) {

  /** Where a setting came from, in precedence order. */
  enum Origin {
    COMMAND_LINE("command line"),
    ENVIRONMENT("environment variable DATABASE_URL"),
    POM("POM configuration"),
    EMBEDDED("embedded default");

    private final String text;

    Origin(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  boolean embedded() {
    return origin == Origin.EMBEDDED;
  }

  @Override
  public String toString() {
    return "url="
        + PasswordMasker.mask(url)
        + " (from "
        + origin
        + "), user="
        + user
        + ", password="
        + (password == null ? "<none>" : "****");
  }
}
