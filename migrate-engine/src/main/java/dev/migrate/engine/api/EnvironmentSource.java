package dev.migrate.engine.api;

import java.util.Map;

/**
 * Settings from environment variables: {@code MIGRATE_LOCK_TIMEOUT} for {@link
 * Setting#LOCK_TIMEOUT}, and for the URL {@code MIGRATE_URL}, then {@code DATABASE_URL}. An empty
 * variable counts as unset.
 *
 * @param variables the environment, e.g. {@code System.getenv()}
 */
public record EnvironmentSource(Map<String, String> variables) implements SettingSource {
  public EnvironmentSource {
    variables = Map.copyOf(variables);
  }

  @Override
  public String value(Setting setting) {
    return variables.get(variable(setting));
  }

  @Override
  public String origin(Setting setting) {
    return "environment variable ".concat(variable(setting)); // no invokedynamic at start-up
  }

  private String variable(Setting setting) {
    String own = setting.environmentVariable();
    String conventional = setting.conventionalVariable();
    return conventional == null || present(variables.get(own)) ? own : conventional;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
