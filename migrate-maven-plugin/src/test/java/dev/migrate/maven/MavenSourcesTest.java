package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.common.MigrateException;
import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Test;

/** The connection's precedence, per field: -D over the environment over the POM. */
class MavenSourcesTest {
  private static final Map<String, Credentials> SERVERS =
      Map.of(
          "prod", new Credentials("prod_user", "prod-secret"),
          "cli", new Credentials("cli_user", "cli-secret"));

  private final Properties commandLine = new Properties();
  private final Properties system = new Properties();
  private final Map<Setting, String> pom = new EnumMap<>(Setting.class);
  private String pomServerId;

  private ResolvedSettings resolve() {
    return ResolvedSettings.resolve(
        MavenSources.of(
            commandLine,
            system,
            pom::get,
            setting -> "<" + setting.key() + "> in the POM",
            pomServerId,
            id -> {
              Credentials credentials = SERVERS.get(id);
              if (credentials == null) {
                throw new MigrateException("serverId '" + id + "' names no <server>");
              }
              return credentials;
            }));
  }

  @Test
  void nothingConfiguredLeavesTheUrlUnset() {
    assertThat(resolve().value(Setting.URL)).isNull();
  }

  @Test
  void pomUrlWithServerCredentials() {
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pomServerId = "prod";

    ResolvedSettings settings = resolve();

    assertThat(settings.origin(Setting.URL)).isEqualTo("<url> in the POM");
    assertThat(settings.value(Setting.USER)).isEqualTo("prod_user");
    assertThat(settings.value(Setting.PASSWORD)).isEqualTo("prod-secret");
    assertThat(settings.origin(Setting.PASSWORD)).contains("server 'prod'");
  }

  @Test
  void explicitUserAndPasswordWinOverTheServerOfTheSameLayer() {
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pom.put(Setting.USER, "me");
    pom.put(Setting.PASSWORD, "mine");
    pomServerId = "prod";

    assertThat(resolve().value(Setting.USER)).isEqualTo("me");
    assertThat(resolve().value(Setting.PASSWORD)).isEqualTo("mine");
  }

  @Test
  void environmentWinsOverThePomAndItsUrlBringsItsOwnCredentials() {
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pom.put(Setting.USER, "me");
    pom.put(Setting.PASSWORD, "mine");
    pomServerId = "prod";
    system.setProperty("env.DATABASE_URL", "postgresql://u:p%40ss@other:5433/x");

    ResolvedSettings settings = resolve();

    assertThat(settings.value(Setting.URL)).isEqualTo("postgresql://u:p%40ss@other:5433/x");
    assertThat(settings.origin(Setting.URL)).isEqualTo("environment variable DATABASE_URL");
    assertThat(settings.value(Setting.USER)).as("the URL's own user wins over the POM's").isNull();
    assertThat(settings.value(Setting.PASSWORD)).isNull();
  }

  @Test
  void commandLineCredentialsApplyToTheEnvironmentUrl() {
    commandLine.setProperty("migrate.serverId", "cli");
    system.setProperty("env.DATABASE_URL", "jdbc:postgresql://env/db");

    ResolvedSettings settings = resolve();

    assertThat(settings.value(Setting.USER)).isEqualTo("cli_user");
    assertThat(settings.value(Setting.PASSWORD)).isEqualTo("cli-secret");
  }

  @Test
  void commandLineWinsOverEnvironmentAndPom() {
    commandLine.setProperty("migrate.url", "jdbc:h2:mem:cli");
    commandLine.setProperty("migrate.user", "sa");
    system.setProperty("env.DATABASE_URL", "jdbc:postgresql://env/db");
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pomServerId = "prod";

    ResolvedSettings settings = resolve();

    assertThat(settings.value(Setting.URL)).isEqualTo("jdbc:h2:mem:cli");
    assertThat(settings.origin(Setting.URL)).isEqualTo("-Dmigrate.url");
    assertThat(settings.value(Setting.USER)).isEqualTo("sa");
  }

  @Test
  void commandLineUrlKeepsThePomCredentialsWhenItGivesNone() {
    commandLine.setProperty("migrate.url", "jdbc:postgresql://staging/app");
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pomServerId = "prod";

    assertThat(resolve().value(Setting.USER)).isEqualTo("prod_user");
  }

  @Test
  void commandLineServerIdOverridesPomCredentials() {
    commandLine.setProperty("migrate.serverId", "cli");
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pom.put(Setting.USER, "me");
    pom.put(Setting.PASSWORD, "mine");

    assertThat(resolve().value(Setting.USER)).isEqualTo("cli_user");
  }

  @Test
  void credentialsMergePerField() {
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pom.put(Setting.USER, "pom_user");
    pom.put(Setting.PASSWORD, "pom-secret");
    commandLine.setProperty("migrate.password", "cli-secret");

    ResolvedSettings settings = resolve();

    assertThat(settings.value(Setting.USER)).isEqualTo("pom_user");
    assertThat(settings.value(Setting.PASSWORD)).isEqualTo("cli-secret");
    assertThat(settings.origin(Setting.PASSWORD)).isEqualTo("-Dmigrate.password");

    commandLine.clear();
    commandLine.setProperty("migrate.user", "cli_user");
    assertThat(resolve().value(Setting.PASSWORD)).isEqualTo("pom-secret");
  }

  @Test
  void everySettingFollowsTheSameRule() {
    pom.put(Setting.LOCK_TIMEOUT, "300");
    system.setProperty("env.MIGRATE_LOCK_TIMEOUT", "2m");
    assertThat(resolve().value(Setting.LOCK_TIMEOUT)).isEqualTo("2m");
    commandLine.setProperty("migrate.lockTimeout", "PT30S");
    assertThat(resolve().value(Setting.LOCK_TIMEOUT)).isEqualTo("PT30S");
  }

  @Test
  void blankValuesCountAsUnset() {
    commandLine.setProperty("migrate.url", " ");
    commandLine.setProperty("migrate.serverId", " ");
    system.setProperty("env.DATABASE_URL", "  ");
    pom.put(Setting.URL, "");

    assertThat(resolve().value(Setting.URL)).isNull();
  }

  @Test
  void unknownServerIdIsAnError() {
    pom.put(Setting.URL, "jdbc:postgresql://db/app");
    pomServerId = "nope";

    assertThatThrownBy(this::resolve)
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void printedFormsNeverShowThePassword() {
    pom.put(Setting.URL, "postgresql://u:hunter2@db/app");
    pom.put(Setting.PASSWORD, "hunter2");

    assertThat(String.join("\n", resolve().describe())).doesNotContain("hunter2");
    assertThat(new Credentials("u", "hunter2").toString()).doesNotContain("hunter2");
  }

  @Test
  void aPasswordInThePomIsFoundWrittenOutOrAsAnExpressionAndInAUrl() {
    assertThat(MavenSources.secretInPom(execution("<password>hunter2</password>")))
        .contains("password");
    assertThat(MavenSources.secretInPom(execution("<password>${env.DB_PASSWORD}</password>")))
        .contains("password");
    assertThat(MavenSources.secretInPom(execution("<url>postgresql://app:hunter2@db/app</url>")))
        .contains("url");
    assertThat(MavenSources.secretInPom(execution("<url>jdbc:postgresql://db/app</url>")))
        .isEmpty();
    assertThat(MavenSources.secretInPom(execution("<user>app</user>"))).isEmpty();
    assertThat(MavenSources.secretInPom(null)).isEmpty();
    assertThat(AbstractMigrateMojo.secretInPom("password"))
        .startsWith("<password> in the POM carries a password, which mvn -X prints")
        .contains("<serverId>", "MIGRATE_PASSWORD", "-Dmigrate.password");
  }

  private static MojoExecution execution(String configuration) {
    MojoExecution execution = new MojoExecution(new MojoDescriptor());
    try {
      execution.setConfiguration(
          Xpp3DomBuilder.build(
              new StringReader("<configuration>" + configuration + "</configuration>")));
    } catch (IOException | XmlPullParserException e) {
      throw new IllegalStateException(e);
    }
    return execution;
  }
}
