package dev.migrate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.Setting;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EnvironmentSettingSourceTest {

  @Test
  void readsRelaxedNamesUnderItsPrefixOnly() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "migrate.versionTable", "app_version",
                "migrate.datasources.orders.lock-timeout", "30s"));
    EnvironmentSettingSource orders =
        new EnvironmentSettingSource(environment, "migrate.datasources.orders");
    EnvironmentSettingSource shared = new EnvironmentSettingSource(environment, "migrate");

    assertThat(orders.value(Setting.LOCK_TIMEOUT)).isEqualTo("30s");
    assertThat(orders.value(Setting.VERSION_TABLE)).isNull();
    assertThat(shared.value(Setting.VERSION_TABLE)).isEqualTo("app_version");
    assertThat(shared.origin(Setting.VERSION_TABLE)).startsWith("migrate.version-table");
  }

  @Test
  void joinsAListWrittenAsYamlWritesLists() {
    EnvironmentSettingSource source =
        new EnvironmentSettingSource(
            environment(
                Map.of(
                    "migrate.locations[0]", "classpath:db/migrations",
                    "migrate.locations[1]", "filesystem:extra")),
            "migrate");
    assertThat(source.value(Setting.LOCATIONS))
        .isEqualTo("classpath:db/migrations,filesystem:extra");
    assertThat(source.origin(Setting.LOCATIONS)).startsWith("migrate.locations[0]");
  }

  @Test
  void takesACommaSeparatedListAsWritten() {
    EnvironmentSettingSource source =
        new EnvironmentSettingSource(
            environment(Map.of("migrate.locations", "classpath:a,classpath:b")), "migrate");
    assertThat(source.value(Setting.LOCATIONS)).isEqualTo("classpath:a,classpath:b");
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }
}
