package dev.migrate.engine.fleet;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fleet's targets from the configuration: the {@code targets} entries ({@code @FILE} read one a
 * line, blank lines and {@code #} comments skipped) and the rows of {@code targetsQuery}, in order,
 * duplicates dropped. An entry with {@code ://} or {@code jdbc:} is a URL; with a {@code {tenant}}
 * in the configured URL an entry is that value; else it is a schema of the configured database.
 */
public final class TargetList {
  /** The placeholder in the configured URL that a target's value replaces. */
  public static final String TENANT = "{tenant}";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern TENANT_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  private TargetList() {}

  /**
   * The targets, in order.
   *
   * @param query runs {@code targetsQuery} on the configured database, returning its first column
   */
  public static List<FleetTarget> resolve(
      MigrateConfig config, Function<String, List<String>> query) {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : config.targets()) {
      if (entry.startsWith("@")) {
        entries.addAll(readFile(config.baseDirectory().resolve(entry.substring(1))));
      } else {
        entries.add(entry.strip());
      }
    }
    if (config.targetsQuery() != null) {
      if (tenantUrl(config)) {
        throw new SettingException(
            Setting.TARGETS_QUERY,
            null,
            "targetsQuery needs a database to run on, but the url holds a {tenant} placeholder:"
                + " list the tenants with targets instead");
      }
      for (String row : query.apply(config.targetsQuery())) {
        if (row != null && !row.isBlank()) {
          entries.add(row.strip());
        }
      }
    }
    List<FleetTarget> targets = new ArrayList<>();
    for (String entry : entries) {
      targets.add(target(config, entry));
    }
    return targets;
  }

  /** True when the configured URL has a {@code {tenant}} placeholder. */
  public static boolean tenantUrl(MigrateConfig config) {
    return config.url() != null && config.url().contains(TENANT);
  }

  private static FleetTarget target(MigrateConfig config, String entry) {
    if (entry.contains("://") || entry.startsWith("jdbc:")) {
      return FleetTarget.url(entry);
    }
    if (tenantUrl(config)) {
      if (!TENANT_VALUE.matcher(entry).matches()) {
        throw new SettingException(
            Setting.TARGETS,
            null,
            "Fleet target '"
                + entry
                + "' cannot fill {tenant}: use letters, digits, '_', '.', '-'");
      }
      return FleetTarget.database(entry, config.url().replace(TENANT, entry));
    }
    if (!NAME.matcher(entry).matches()) {
      throw new SettingException(
          Setting.TARGETS,
          null,
          "Fleet target '"
              + entry
              + "' is not a schema name (letters, digits and '_', starting with a letter), a"
              + " database URL, or a {tenant} value (the url has no {tenant})");
    }
    if (!config.hasDatabase()) {
      throw new SettingException(
          Setting.URL,
          null,
          "Fleet target '" + entry + "' is a schema, but no url names the database that holds it");
    }
    return FleetTarget.schema(entry);
  }

  private static List<String> readFile(Path file) {
    try {
      List<String> entries = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new SettingException(
          Setting.TARGETS, null, "Cannot read the fleet's targets from " + file + ": " + e);
    }
  }

  /**
   * This runner's share: the targets whose stable hash of their name falls on {@code index} out of
   * {@code count}. A target's share depends on its name only, so adding a tenant moves no other,
   * and runners that see the list in different orders still cover every target once.
   */
  public static List<FleetTarget> shard(List<FleetTarget> targets, int index, int count) {
    if (count <= 1) {
      return targets;
    }
    return targets.stream().filter(t -> shardOf(t.name(), count) == index).toList();
  }

  /** The shard of a target name: its String hash (fixed by the Java spec) modulo the count. */
  public static int shardOf(String name, int count) {
    return Math.floorMod(name.hashCode(), count);
  }
}
