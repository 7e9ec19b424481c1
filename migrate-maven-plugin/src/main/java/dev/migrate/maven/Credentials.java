package dev.migrate.maven;

/**
 * A user and password pair, from settings.xml or the configuration; the password is never printed.
 */
record Credentials(String user, String password) {
  static final Credentials NONE = new Credentials(null, null);

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=" + (password == null ? "null" : "****") + "]";
  }
}
