package dev.migrate.maven;

import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.EnvironmentSource;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingSource;
import dev.migrate.engine.common.PasswordMasker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Maven goals' sources of settings in the engine's order of precedence: the command line
 * ({@code -Dmigrate.*}), the environment ({@code MIGRATE_*}, {@code DATABASE_URL}), the POM (and
 * the parameters' defaults). A {@code serverId} supplies the user and password of the layer it is
 * given in, below that layer's own {@code user} and {@code password}.
 */
final class MavenSources {
  /** Properties the engine's precedence covers, with serverId, which feeds the credentials. */
  static final Set<String> LAYERED = layered();

  private MavenSources() {}

  private static Set<String> layered() {
    Set<String> properties = new HashSet<>();
    for (Setting setting : Setting.values()) {
      properties.add(setting.property());
    }
    properties.add("migrate.serverId");
    return Set.copyOf(properties);
  }

  /** {@code <lockTimeout> in the POM} when the POM sets it, else {@code the default}. */
  static String pomOrigin(MojoExecution mojoExecution, Setting setting) {
    Xpp3Dom configuration = mojoExecution == null ? null : mojoExecution.getConfiguration();
    Xpp3Dom child = configuration == null ? null : configuration.getChild(setting.key());
    boolean explicit =
        child != null && child.getValue() != null && !child.getValue().startsWith("${migrate.");
    return explicit || configuration == null ? "<" + setting.key() + "> in the POM" : "the default";
  }

  /**
   * The POM element that carries a password, if any: {@code <password>}, or a {@code <url>} with
   * one in it. Its value reaches Maven's {@code -X} dump whether it is written out or an
   * expression.
   */
  static Optional<String> secretInPom(MojoExecution mojoExecution) {
    Xpp3Dom configuration = mojoExecution == null ? null : mojoExecution.getConfiguration();
    if (configuration == null) {
      return Optional.empty();
    }
    if (explicit(configuration.getChild(Setting.PASSWORD.key()))) {
      return Optional.of(Setting.PASSWORD.key());
    }
    Xpp3Dom url = configuration.getChild(Setting.URL.key());
    if (explicit(url) && !PasswordMasker.mask(url.getValue()).equals(url.getValue())) {
      return Optional.of(Setting.URL.key());
    }
    return Optional.empty();
  }

  private static boolean explicit(Xpp3Dom element) {
    return element != null
        && element.getValue() != null
        && !element.getValue().isBlank()
        && !element.getValue().startsWith("${migrate.");
  }

  static String connection(MigrateConfig config, ResolvedSettings settings, boolean embedded) {
    return "url="
        + PasswordMasker.mask(config.url())
        + " (from "
        + (embedded ? "embedded default" : settings.origin(Setting.URL))
        + "), user="
        + config.user()
        + ", password="
        + (config.password() == null ? "<none>" : "****");
  }

  /**
   * @param userProperties the session's user properties ({@code -D})
   * @param systemProperties the session's system properties, holding the environment as {@code
   *     env.*}
   * @param pom the POM's value of a setting (or the parameter's default), by setting
   * @param pomOrigin how the POM's value of a setting is named in messages
   * @param pomServerId the POM's {@code serverId}, or null
   * @param servers a settings.xml server's credentials by id
   */
  static List<SettingSource> of(
      Properties userProperties,
      Properties systemProperties,
      Function<Setting, String> pom,
      Function<Setting, String> pomOrigin,
      String pomServerId,
      Function<String, Credentials> servers) {
    Map<String, String> environment = new HashMap<>();
    for (String name : systemProperties.stringPropertyNames()) {
      if (name.startsWith("env.")) {
        environment.put(name.substring(4), systemProperties.getProperty(name));
      }
    }
    return List.of(
        new Layer(
            setting -> userProperties.getProperty(setting.property()),
            setting -> "-D" + setting.property(),
            userProperties.getProperty("migrate.serverId"),
            "-Dmigrate.serverId",
            servers),
        new EnvironmentSource(environment),
        new Layer(pom, pomOrigin, pomServerId, "<serverId> in the POM", servers));
  }

  /** One layer: its own values, then its serverId's user and password. */
  private record Layer(
      Function<Setting, String> values,
      Function<Setting, String> origins,
      String serverId,
      String serverOrigin,
      Function<String, Credentials> servers)
      implements SettingSource {
    @Override
    public String value(Setting setting) {
      String own = values.apply(setting);
      if (!fromServer(setting, own)) {
        return own;
      }
      Credentials credentials = servers.apply(serverId.trim());
      return setting == Setting.USER ? credentials.user() : credentials.password();
    }

    @Override
    public String origin(Setting setting) {
      if (!fromServer(setting, values.apply(setting))) {
        return origins.apply(setting);
      }
      return "server '" + serverId.trim() + "' in settings.xml (" + serverOrigin + ")";
    }

    private boolean fromServer(Setting setting, String own) {
      return (setting == Setting.USER || setting == Setting.PASSWORD)
          && !present(own)
          && present(serverId);
    }

    private static boolean present(String value) {
      return value != null && !value.isBlank();
    }
  }
}
