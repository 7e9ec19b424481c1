package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;
import java.time.Duration;

/**
 * Opening a connection took longer than {@code connectTimeout}: the server could not be reached, or
 * it accepted the connection and never answered the login.
 */
public final class ConnectTimeoutException extends MigrateException {
  private final String database;
  private final Duration timeout;

  /**
   * @param database the endpoint and masked URL, as {@code 127.0.0.1:5432 (jdbc:postgresql://...)}
   * @param timeout the configured connect timeout
   */
  public ConnectTimeoutException(String database, Duration timeout) {
    super(
        "Timed out after "
            + seconds(timeout)
            + " connecting to "
            + database
            + ": the server did not answer. Check the host and port, or raise connectTimeout.");
    this.database = database;
    this.timeout = timeout;
  }

  /** The endpoint and masked URL. */
  public String database() {
    return database;
  }

  /** The configured connect timeout. */
  public Duration timeout() {
    return timeout;
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }
}
