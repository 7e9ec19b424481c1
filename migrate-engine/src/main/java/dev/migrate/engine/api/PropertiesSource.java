package dev.migrate.engine.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Settings from a properties file with {@code migrate.*} keys ({@code migrate.lockTimeout=2m}), the
 * same names as the Maven user properties.
 */
public final class PropertiesSource implements SettingSource {
  private final Properties properties;
  private final String where;

  private PropertiesSource(Properties properties, String where) {
    this.properties = properties;
    this.where = where;
  }

  /**
   * The settings of a loaded file.
   *
   * @param properties the file's keys and values
   * @param where the file, for messages
   * @throws SettingException for a key that names no setting: a typo never passes silently
   */
  public static PropertiesSource of(Properties properties, String where) {
    for (String key : properties.stringPropertyNames()) {
      if (Setting.forProperty(key) == null) {
        List<String> known = new ArrayList<>();
        for (Setting setting : Setting.values()) {
          known.add(setting.property());
        }
        throw new SettingException(
            null, null, "Unknown key '" + key + "' in " + where + "; known keys: " + known);
      }
    }
    Properties copy = new Properties();
    copy.putAll(properties);
    return new PropertiesSource(copy, where);
  }

  @Override
  public String value(Setting setting) {
    return properties.getProperty(setting.property());
  }

  @Override
  public String origin(Setting setting) {
    return setting.property().concat(" in ").concat(where); // no invokedynamic at start-up
  }
}
