package dev.migrate.spring.boot;

import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingSource;
import java.util.StringJoiner;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * The engine's settings from Spring's environment, each under its kebab-case name ({@code
 * migrate.version-table}, {@code migrate.datasources.orders.version-table}): Boot's relaxed binding
 * also accepts {@code migrate.versionTable} and {@code MIGRATE_VERSION_TABLE}. A list setting may
 * also be written as YAML writes lists ({@code migrate.locations[0]}, {@code [1]}, ...): the
 * configuration metadata declares {@code locations} as a list, so IDEs offer that form. Origins
 * name the file and line a value came from.
 */
final class EnvironmentSettingSource implements SettingSource {
  private final Iterable<ConfigurationPropertySource> sources;
  private final String prefix;

  /**
   * @param prefix where to look: {@code migrate} or {@code migrate.datasources.orders}
   */
  EnvironmentSettingSource(Environment environment, String prefix) {
    this.sources = ConfigurationPropertySources.get(environment);
    this.prefix = prefix;
  }

  /** The property name of a setting under a prefix: {@code migrate.lock-timeout}. */
  static String propertyName(String prefix, Setting setting) {
    return prefix + "." + setting.flag().substring(2);
  }

  @Override
  public String value(Setting setting) {
    ConfigurationProperty property = find(setting);
    if (property == null && setting.type() == Setting.Type.LIST) {
      return indexedList(setting);
    }
    return property == null || property.getValue() == null
        ? null
        : String.valueOf(property.getValue());
  }

  @Override
  public String origin(Setting setting) {
    ConfigurationProperty property = find(setting);
    if (property == null && setting.type() == Setting.Type.LIST) {
      property = find(ConfigurationPropertyName.of(propertyName(prefix, setting) + "[0]"));
    }
    if (property == null) {
      return null;
    }
    String name = property.getName().toString();
    return property.getOrigin() == null ? name : name + " (" + property.getOrigin() + ")";
  }

  /** The elements {@code name[0]}, {@code name[1]}, ... joined by commas, or null for none. */
  private String indexedList(Setting setting) {
    String name = propertyName(prefix, setting);
    StringJoiner joined = new StringJoiner(",");
    for (int i = 0; ; i++) {
      ConfigurationProperty element = find(ConfigurationPropertyName.of(name + "[" + i + "]"));
      if (element == null || element.getValue() == null) {
        return i == 0 ? null : joined.toString();
      }
      joined.add(String.valueOf(element.getValue()));
    }
  }

  private ConfigurationProperty find(Setting setting) {
    return find(ConfigurationPropertyName.of(propertyName(prefix, setting)));
  }

  private ConfigurationProperty find(ConfigurationPropertyName name) {
    for (ConfigurationPropertySource source : sources) {
      ConfigurationProperty property = source.getConfigurationProperty(name);
      if (property != null) {
        return property;
      }
    }
    return null;
  }
}
