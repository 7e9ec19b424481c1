package dev.migrate.engine.database;

/**
 * How to make and drop one throwaway database.
 *
 * @param url the JDBC URL of the scratch database
 * @param user the user to connect with (may be null)
 * @param password the password to connect with (may be null)
 * @param serverUrl where {@code create} and {@code drop} run; null for an in-memory database, which
 *     lives while a connection to it is open and is dropped through that connection
 * @param create the statement that creates it on the server, or null when connecting creates it
 * @param drop the statement that drops it
 * @param description for progress lines, without a password
 */
public record ScratchPlan(
    String url,
    String user,
    String password,
    String serverUrl,
    String create,
    String drop,
    String description) {

  /** True when the database lives in this JVM's memory, not on a server. */
  public boolean inMemory() {
    return serverUrl == null;
  }
}
