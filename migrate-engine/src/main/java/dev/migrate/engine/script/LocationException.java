package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;

/** A configured location that is malformed, missing, unreadable or holds no migrations. */
public final class LocationException extends MigrateException {
  private final String location;

  public LocationException(String location, String message) {
    this(location, message, null);
  }

  public LocationException(String location, String message, Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  /** The location as configured. */
  public String location() {
    return location;
  }
}
