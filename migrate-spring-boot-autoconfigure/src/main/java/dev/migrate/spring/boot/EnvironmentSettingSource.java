package dev.migrate.spring.boot;

import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingSource;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * The engine's settings from Spring's environment, each under its kebab-case name ({@code
 * migrate.version-table}, {@code migrate.datasources.orders.version-table}): Boot's relaxed binding
 * also accepts {@code migrate.versionTable} and {@code MIGRATE_VERSION_TABLE}. Origins name the
 * file and line a value came from.
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
    return property == null || property.getValue() == null
        ? null
        : String.valueOf(property.getValue());
  }

  @Override
  public String origin(Setting setting) {
    ConfigurationProperty property = find(setting);
    if (property == null) {
      return null;
    }
    String name = property.getName().toString();
    return property.getOrigin() == null ? name : name + " (" + property.getOrigin() + ")";
  }

  private ConfigurationProperty find(Setting setting) {
    ConfigurationPropertyName name = ConfigurationPropertyName.of(propertyName(prefix, setting));
    for (ConfigurationPropertySource source : sources) {
      ConfigurationProperty property = source.getConfigurationProperty(name);
      if (property != null) {
        return property;
      }
    }
    return null;
  }
}
