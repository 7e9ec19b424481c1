package dev.migrate.cli;

import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.EnvironmentSource;
import dev.migrate.engine.api.PropertiesSource;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The CLI's sources of settings, in the engine's order of precedence: flags first, then the
 * environment ({@code MIGRATE_*}, and {@code DATABASE_URL} below {@code MIGRATE_URL}), then {@code
 * migrate.properties} (the file given by {@code --config} or {@code MIGRATE_CONFIG}, else the one
 * in the working directory if there is one), then the CLI's own default location. The engine
 * decides the winners ({@link ResolvedSettings}) and parses them.
 */
final class ConfigResolver {
  static final String DEFAULT_CONFIG_FILE = "migrate.properties";
  static final String DEFAULT_LOCATION = "filesystem:db/migrations";

  private ConfigResolver() {}

  /**
   * Resolves the settings.
   *
   * @param flags values given on the command line
   * @param configFlag the {@code --config} file, or null
   * @param environment the process environment
   * @param workingDirectory resolves relative paths
   * @throws UsageException for a missing or unreadable {@code --config} file
   * @throws dev.migrate.engine.api.SettingException for an unknown key in a file
   */
  static ResolvedSettings resolve(
      Map<Setting, String> flags,
      String configFlag,
      Map<String, String> environment,
      Path workingDirectory) {
    List<SettingSource> sources = new ArrayList<>(4);
    sources.add(new Flags(flags));
    sources.add(new EnvironmentSource(environment));
    String configName = configFlag != null ? configFlag : environment.get("MIGRATE_CONFIG");
    Path file = null;
    if (configName != null && !configName.isBlank()) {
      file = workingDirectory.resolve(configName);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("Configuration file not found: " + file);
      }
    } else if (Files.isRegularFile(workingDirectory.resolve(DEFAULT_CONFIG_FILE))) {
      file = workingDirectory.resolve(DEFAULT_CONFIG_FILE);
    }
    if (file != null) {
      sources.add(PropertiesSource.of(read(file), file.toString()));
    }
    sources.add(Defaults.INSTANCE);
    return ResolvedSettings.resolve(sources);
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("Cannot read configuration file " + file + ": " + e.getMessage());
    }
    return properties;
  }

  /** The global options given on the command line. */
  private record Flags(Map<Setting, String> values) implements SettingSource {
    @Override
    public String value(Setting setting) {
      return values.get(setting);
    }

    @Override
    public String origin(Setting setting) {
      return setting.flag();
    }
  }

  /**
   * The CLI's own default: scripts under {@code db/migrations} in the working directory, since the
   * jar's class path holds only the tool.
   */
  private enum Defaults implements SettingSource {
    INSTANCE;

    @Override
    public String value(Setting setting) {
      return setting == Setting.LOCATIONS ? DEFAULT_LOCATION : null;
    }

    @Override
    public String origin(Setting setting) {
      return "the CLI's default";
    }
  }
}
