package dev.migrate.engine.api;

/**
 * One place settings come from: a front end's command line, the environment, a configuration file.
 * A front end lists its sources in order of precedence; the first that has a setting wins.
 * Implementations hand over raw text; the engine parses it.
 */
public interface SettingSource {
  /** The raw value for the setting, or null; a blank value counts as unset. */
  String value(Setting setting);

  /**
   * Where {@link #value} came from, for messages and debug output: {@code --lock-timeout}, {@code
   * environment variable MIGRATE_LOCK_TIMEOUT}, {@code migrate.lockTimeout in
   * /app/migrate.properties}.
   */
  String origin(Setting setting);
}
