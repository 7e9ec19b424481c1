package dev.migrate.engine;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingException;
import dev.migrate.engine.api.SettingSource;
import dev.migrate.engine.api.error.InvalidUrlException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.jdbc.DatabaseUrl;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The winning value of every {@link Setting} and where it came from, after a front end's sources
 * were applied in their order of precedence; the one place that precedence is decided.
 *
 * <p>The rule is per setting, the user and the password included: each takes the value of the first
 * source that has one. The user and password written inside a URL ({@code
 * postgresql://app:secret@db/app}) count as the URL's source's own: they win over a user or
 * password from a later source, while an explicit user or password from the same or an earlier
 * source wins over them.
 */
public final class ResolvedSettings {
  private static final String FROM_URL = "the URL";

  private final Map<Setting, String> values = new EnumMap<>(Setting.class);
  private final Map<Setting, String> origins = new EnumMap<>(Setting.class);
  private String urlPassword;

  private ResolvedSettings() {}

  /**
   * Applies the sources, first one first.
   *
   * @param sources in order of precedence, e.g. the command line, the environment, a file
   */
  public static ResolvedSettings resolve(List<? extends SettingSource> sources) {
    ResolvedSettings resolved = new ResolvedSettings();
    int urlSource = resolved.take(Setting.URL, sources, 0, sources.size());
    DatabaseUrl url = resolved.parsedUrl();
    for (Setting setting : Setting.values()) {
      if (setting == Setting.URL) {
        continue;
      }
      boolean inUrl =
          url != null
              && ((setting == Setting.USER && url.user() != null)
                  || (setting == Setting.PASSWORD && url.password() != null));
      if (!inUrl) {
        resolved.take(setting, sources, 0, sources.size());
      } else if (resolved.take(setting, sources, 0, urlSource + 1) < 0) {
        resolved.origins.put(setting, FROM_URL);
      }
    }
    resolved.urlPassword = url == null ? null : url.password();
    return resolved;
  }

  /** The winning raw value, or null when no source has the setting. */
  public String value(Setting setting) {
    return values.get(setting);
  }

  /**
   * Where the winning value came from ({@code --url}, {@code environment variable DATABASE_URL},
   * {@code the URL} for credentials inside it), or null.
   */
  public String origin(Setting setting) {
    return origins.get(setting);
  }

  /**
   * A builder holding every resolved setting of the engine's configuration, each parsed once; the
   * caller adds what only it knows (class loader, base directory, reporter).
   *
   * @throws dev.migrate.engine.api.SettingException for a value that does not parse, naming the
   *     setting and its origin
   */
  public MigrateConfig.Builder toBuilder() {
    requireReadableUrl();
    MigrateConfig.Builder builder = MigrateConfig.builder();
    for (Map.Entry<Setting, String> entry : values.entrySet()) {
      if (entry.getKey().configures()) {
        builder.set(entry.getKey(), entry.getValue(), origins.get(entry.getKey()));
      }
    }
    return builder;
  }

  /**
   * One line per resolved setting, {@code lockTimeout = 2m (from --lock-timeout)}, with the
   * password shown as {@code ****} and URLs masked: for debug output.
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Setting, String> entry : origins.entrySet()) {
      Setting setting = entry.getKey();
      String value = values.get(setting);
      String shown =
          value == null
              ? "(inside the URL)"
              : setting == Setting.PASSWORD ? "****" : PasswordMasker.mask(value, urlPassword);
      String from = value == null ? "" : " (from " + entry.getValue() + ")";
      lines.add(setting.key() + " = " + shown + from);
    }
    return lines;
  }

  /**
   * The secrets among the values (the password, and the password inside the URL), so that a front
   * end can keep their literal text out of everything it prints.
   */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>(2);
    if (values.get(Setting.PASSWORD) != null) {
      secrets.add(values.get(Setting.PASSWORD));
    }
    if (urlPassword != null && !urlPassword.isEmpty()) {
      secrets.add(urlPassword);
    }
    return secrets;
  }

  /** A URL that cannot be read is a bad setting, named with its origin, before anything runs. */
  private void requireReadableUrl() {
    String url = values.get(Setting.URL);
    if (url == null) {
      return;
    }
    try {
      DatabaseUrl.parse(url);
    } catch (MigrateException e) {
      String origin = origins.get(Setting.URL);
      // The URL is followed by a space: a masked "password=****" must not run into the next word.
      String problem =
          e instanceof InvalidUrlException invalid
              ? invalid.problem()
              : Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
      throw new SettingException(
          Setting.URL,
          origin,
          "url "
              + PasswordMasker.mask(url)
              + (origin == null ? "" : " (from " + origin + ")")
              + ": "
              + problem);
    }
  }

  /** Takes the first value among sources [from, to); returns that source's index or -1. */
  private int take(Setting setting, List<? extends SettingSource> sources, int from, int to) {
    for (int i = from; i < to; i++) {
      SettingSource source = sources.get(i);
      String value = source.value(setting);
      if (value != null && !value.isBlank()) {
        values.put(setting, setting == Setting.PASSWORD ? value : value.trim());
        origins.put(setting, source.origin(setting));
        return i;
      }
    }
    return -1;
  }

  /** The URL with its credentials, or null when there is none or it cannot be read yet. */
  private DatabaseUrl parsedUrl() {
    String url = values.get(Setting.URL);
    if (url == null) {
      return null;
    }
    try {
      return DatabaseUrl.parse(url);
    } catch (MigrateException e) {
      return null; // the engine reports the bad URL when it connects
    }
  }
}
