package dev.migrate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrate.engine.api.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata the processor generated from {@link MigrateProperties}' Javadoc, read
 * from this module's own build output (the Boot jars on the class path carry files of the same
 * name).
 */
class ConfigurationMetadataTest {
  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  private static Map<String, JsonNode> properties;

  @BeforeAll
  static void readMetadata() throws IOException {
    URL root = MigrateProperties.class.getProtectionDomain().getCodeSource().getLocation();
    String base = root.toString();
    URL file = new URL(base.endsWith(".jar") ? "jar:" + base + "!/" + METADATA : base + METADATA);
    JsonNode metadata;
    try (InputStream in = file.openStream()) {
      metadata = new ObjectMapper().readTree(in);
    }
    properties = new LinkedHashMap<>();
    for (JsonNode property : metadata.get("properties")) {
      properties.put(property.get("name").asText(), property);
    }
  }

  @Test
  void describesTheIssuesPropertiesWithTheirDefaults() {
    assertThat(description("migrate.enabled")).startsWith("Whether to migrate on start-up");
    assertThat(properties.get("migrate.enabled").get("defaultValue").asBoolean()).isTrue();
    assertThat(description("migrate.locations")).contains("classpath:PATH or filesystem:DIR");
    assertThat(properties.get("migrate.locations").get("type").asText())
        .isEqualTo("java.util.List<java.lang.String>");
    assertThat(description("migrate.fail-on-pending")).startsWith("Read-only mode");
    assertThat(properties.get("migrate.fail-on-pending").get("defaultValue").asBoolean()).isFalse();
    assertThat(description("migrate.datasources")).contains("migrate.datasources.orders.locations");
    assertThat(properties.get("migrate.datasources").get("type").asText())
        .startsWith("java.util.Map<java.lang.String,");
    assertThat(properties)
        .containsKeys(
            "migrate.target",
            "migrate.url",
            "migrate.user",
            "migrate.password",
            "migrate.schema",
            "migrate.version-table",
            "migrate.history-table",
            "migrate.transaction-mode",
            "migrate.lock-timeout",
            "migrate.validate-on-migrate",
            "migrate.health.pending-status");
  }

  @Test
  void everyPropertyHasADescription() {
    List<String> undescribed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : properties.entrySet()) {
      if (entry.getKey().startsWith("migrate.") && !entry.getValue().hasNonNull("description")) {
        undescribed.add(entry.getKey());
      }
    }
    assertThat(undescribed).isEmpty();
  }

  /**
   * The engine's settings are declared twice, in its setting table (which parses them) and here
   * (for the metadata): their defaults must agree, or an IDE would show a default the engine does
   * not use.
   */
  @Test
  void engineSettingsShowTheEnginesDefaults() {
    int compared = 0;
    for (Setting setting : Setting.values()) {
      JsonNode property = properties.get(EnvironmentSettingSource.propertyName("migrate", setting));
      if (property == null) {
        continue;
      }
      compared++;
      assertThat(defaultOf(property)).as(setting.key()).isEqualTo(setting.defaultValue());
    }
    assertThat(compared).isGreaterThanOrEqualTo(13);
  }

  private static String description(String name) {
    assertThat(properties).containsKey(name);
    return properties.get(name).get("description").asText();
  }

  private static String defaultOf(JsonNode property) {
    JsonNode value = property.get("defaultValue");
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    return value.asText();
  }
}
