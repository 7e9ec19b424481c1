package dev.migrate.cli;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.dialect.Dialects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Layers the three sources of settings: flags first, then the environment ({@code MIGRATE_*}, and
 * {@code DATABASE_URL} below {@code MIGRATE_URL}), then {@code migrate.properties} (the file given
 * by {@code --config} or {@code MIGRATE_CONFIG}, else the one in the working directory if there is
 * one). Then turns the winning values into a {@link MigrateConfig.Builder}.
 */
final class ConfigResolver {
  static final String DEFAULT_CONFIG_FILE = "migrate.properties";
  static final String DEFAULT_LOCATION = "filesystem:db/migrations";

  private final Map<Setting, String> values = new EnumMap<>(Setting.class);
  private final Map<Setting, String> sources = new EnumMap<>(Setting.class);

  private ConfigResolver() {}

  /**
   * Resolves the settings.
   *
   * @param flags values given on the command line
   * @param configFlag the {@code --config} file, or null
   * @param environment the process environment
   * @param workingDirectory resolves relative paths
   * @throws UsageException for a missing {@code --config} file or an unknown key in a file
   */
  static ConfigResolver resolve(
      Map<Setting, String> flags,
      String configFlag,
      Map<String, String> environment,
      Path workingDirectory) {
    ConfigResolver resolver = new ConfigResolver();
    for (Map.Entry<Setting, String> flag : flags.entrySet()) {
      resolver.offer(flag.getKey(), flag.getValue(), flag.getKey().flag());
    }
    for (Setting setting : Setting.values()) {
      String variable = setting.environmentVariable();
      resolver.offer(setting, environment.get(variable), variable);
    }
    resolver.offer(Setting.URL, environment.get("DATABASE_URL"), "DATABASE_URL");
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
      resolver.readFile(file);
    }
    return resolver;
  }

  /** The winning value of a setting, or null. */
  String get(Setting setting) {
    return values.get(setting);
  }

  /** Where the winning value came from ({@code --url}, {@code DATABASE_URL}, a file), or null. */
  String source(Setting setting) {
    return sources.get(setting);
  }

  /**
   * A builder holding every resolved setting except the class path, which the caller turns into a
   * class loader. Values that cannot be parsed are usage errors naming the setting and its source.
   */
  MigrateConfig.Builder toBuilder(Path workingDirectory) {
    MigrateConfig.Builder builder = MigrateConfig.builder().baseDirectory(workingDirectory);
    builder.url(get(Setting.URL)).user(get(Setting.USER)).password(get(Setting.PASSWORD));
    builder.locations(
        get(Setting.LOCATIONS) == null ? List.of(DEFAULT_LOCATION) : list(Setting.LOCATIONS));
    // Plain ifs rather than a table of lambdas: this runs at every start-up.
    if (has(Setting.VERSION_TABLE)) {
      builder.versionTable(get(Setting.VERSION_TABLE));
    }
    if (has(Setting.HISTORY_TABLE)) {
      builder.historyTable(get(Setting.HISTORY_TABLE));
    }
    if (has(Setting.SCHEMA)) {
      builder.schema(get(Setting.SCHEMA));
    }
    if (has(Setting.DIALECT)) {
      builder.dialect(dialect(get(Setting.DIALECT)));
    }
    if (has(Setting.LOCK_TIMEOUT)) {
      builder.lockTimeout(duration(get(Setting.LOCK_TIMEOUT)));
    }
    if (has(Setting.TRANSACTION_MODE)) {
      builder.transactionMode(transactionMode(get(Setting.TRANSACTION_MODE)));
    }
    if (has(Setting.VERSION_PATH)) {
      builder.versionPath(workingDirectory.resolve(get(Setting.VERSION_PATH)));
    }
    if (has(Setting.FILE_TEMPLATE)) {
      builder.fileTemplate(get(Setting.FILE_TEMPLATE));
    }
    if (has(Setting.SCRIPT_TEMPLATE)) {
      builder.scriptTemplate(workingDirectory.resolve(get(Setting.SCRIPT_TEMPLATE)));
    }
    return builder;
  }

  /** A comma-separated setting as a list, blanks dropped. */
  List<String> list(Setting setting) {
    List<String> items = new ArrayList<>();
    String value = get(setting);
    if (value != null) {
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          items.add(item.trim());
        }
      }
    }
    return items;
  }

  /** Every resolved setting with its source, the password masked, for {@code --debug}. */
  Map<String, String> describe() {
    Map<String, String> lines = new LinkedHashMap<>();
    values.forEach(
        (setting, value) -> {
          String shown = setting == Setting.PASSWORD ? "****" : PasswordMasker.mask(value);
          lines.put(setting.key(), shown + " (from " + sources.get(setting) + ")");
        });
    return lines;
  }

  private void offer(Setting setting, String value, String source) {
    if (value != null && !value.isBlank() && !values.containsKey(setting)) {
      values.put(setting, value.trim());
      sources.put(setting, source);
    }
  }

  private void readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("Cannot read configuration file " + file + ": " + e.getMessage());
    }
    Map<String, Setting> byProperty = new LinkedHashMap<>();
    for (Setting setting : Setting.values()) {
      byProperty.put(setting.property(), setting);
    }
    for (String key : properties.stringPropertyNames()) {
      Setting setting = byProperty.get(key);
      if (setting == null) {
        throw new UsageException(
            "Unknown key '" + key + "' in " + file + "; known keys: " + byProperty.keySet());
      }
      offer(setting, properties.getProperty(key), key + " in " + file);
    }
  }

  private boolean has(Setting setting) {
    return values.containsKey(setting);
  }

  private UsageException invalid(Setting setting, String expected) {
    return new UsageException(
        "Invalid value '" + get(setting) + "' for " + source(setting) + ": expected " + expected);
  }

  /** {@code 30} (seconds), {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601. */
  private Duration duration(String value) {
    String text = value.toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
      }
      long unit =
          switch (text.charAt(text.length() - 1)) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            default -> 0;
          };
      String number = unit == 0 ? text : text.substring(0, text.length() - 1).trim();
      Duration result = Duration.ofSeconds(Long.parseLong(number) * Math.max(unit, 1));
      if (result.isNegative()) {
        throw invalid(Setting.LOCK_TIMEOUT, "zero or a positive duration");
      }
      return result;
    } catch (NumberFormatException | DateTimeParseException e) {
      throw invalid(Setting.LOCK_TIMEOUT, "seconds or a duration such as 30s, 5m, PT2M");
    }
  }

  /** A dialect name the engine knows; checked here so that a typo is bad usage, exit 2. */
  private String dialect(String value) {
    String name = value.toLowerCase(Locale.ROOT);
    try {
      Dialects.forName(name);
    } catch (MigrateException e) {
      throw invalid(Setting.DIALECT, "postgresql, mariadb, mysql or h2");
    }
    return name;
  }

  private TransactionMode transactionMode(String value) {
    return switch (value.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "per-revision" -> TransactionMode.PER_REVISION;
      case "all" -> TransactionMode.ALL;
      default -> throw invalid(Setting.TRANSACTION_MODE, "per-revision or all");
    };
  }

  /** Wraps the engine's own validation (names of tables and schema) as a usage error. */
  static MigrateConfig build(MigrateConfig.Builder builder) {
    try {
      return builder.build();
    } catch (MigrateException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
