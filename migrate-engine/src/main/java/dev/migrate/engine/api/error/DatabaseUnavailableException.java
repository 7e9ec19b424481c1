package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/** No connection could be opened; the message names host and port, never the password. */
public final class DatabaseUnavailableException extends MigrateException {
  private final String unknownHost;

  public DatabaseUnavailableException(String message) {
    this(message, null);
  }

  private DatabaseUnavailableException(String message, String unknownHost) {
    super(message);
    this.unknownHost = unknownHost;
  }

  /**
   * The URL's host name does not resolve: a typo in the host, or a name only another network knows.
   *
   * @param database the endpoint and masked URL, as {@code db:5432 (jdbc:postgresql://...)}
   * @param host the host name that does not resolve
   */
  public static DatabaseUnavailableException unknownHost(String database, String host) {
    return new DatabaseUnavailableException(
        "Could not connect to "
            + database
            + ": unknown host '"
            + host
            + "' (the name does not resolve); check the host in the URL",
        host);
  }

  /** The host name that did not resolve, or null when the failure was another. */
  public String unknownHost() {
    return unknownHost;
  }
}
