package dev.migrate.engine.api;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;

/**
 * A setting with a value the engine cannot use, or an unknown setting name. Front ends report it as
 * bad usage: the message names the setting, the value (never a password) and where it came from.
 */
public class SettingException extends MigrateException {
  private final Setting setting;
  private final String origin;

  /**
   * @param setting the setting, or null for an unknown name
   * @param origin where the value came from ({@code --lock-timeout}, {@code
   *     -Dmigrate.lockTimeout}), or null when it was set through the builder
   * @param message what is wrong, naming the setting and the origin
   */
  public SettingException(Setting setting, String origin, String message) {
    super(message);
    this.setting = setting;
    this.origin = origin;
  }

  /**
   * A value the setting cannot take: {@code lockTimeout 'soon' (from --lock-timeout) is not valid:
   * expected ...}.
   *
   * @param problem what follows the value and its origin: {@code is not valid: expected ...}
   */
  static SettingException invalid(Setting setting, String value, String origin, String problem) {
    String shown = setting.type() == Setting.Type.SECRET ? "****" : PasswordMasker.mask(value);
    return new SettingException(
        setting, origin, setting.key() + " '" + shown + "'" + from(origin) + " " + problem);
  }

  /** {@code " (from --lock-timeout)"}, or nothing when the origin is unknown. */
  static String from(String origin) {
    return origin == null ? "" : " (from " + origin + ")";
  }

  /** The setting, or null when the name itself was unknown. */
  public Setting setting() {
    return setting;
  }

  /** Where the bad value came from, or null when it was set in code. */
  public String origin() {
    return origin;
  }
}
