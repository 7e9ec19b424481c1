package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.maven.Connection.Origin;
import dev.migrate.maven.ConnectionResolver.Layer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {
  private static final Path TARGET = Path.of("/work/project/target/migrate");
  private static final Map<String, Credentials> SERVERS =
      Map.of(
          "prod", new Credentials("prod_user", "prod-secret"),
          "cli", new Credentials("cli_user", "cli-secret"));

  private final ConnectionResolver resolver =
      new ConnectionResolver(
          id -> {
            Credentials credentials = SERVERS.get(id);
            if (credentials == null) {
              throw new MigrateException("serverId '" + id + "' names no <server>");
            }
            return credentials;
          });

  @Test
  void nothingConfiguredGivesTheEmbeddedDatabaseUnderTarget() {
    Connection connection = resolver.resolve(Layer.EMPTY, null, Layer.EMPTY, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.EMBEDDED);
    assertThat(connection.url()).isEqualTo("jdbc:h2:file:/work/project/target/migrate/migrate");
    assertThat(connection.user()).isEqualTo("sa");
    assertThat(connection.password()).isEmpty();
  }

  @Test
  void pomUrlWithServerCredentials() {
    Layer pom = new Layer("jdbc:postgresql://db/app", null, null, "prod");

    Connection connection = resolver.resolve(Layer.EMPTY, null, pom, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.POM);
    assertThat(connection.url()).isEqualTo("jdbc:postgresql://db/app");
    assertThat(connection.user()).isEqualTo("prod_user");
    assertThat(connection.password()).isEqualTo("prod-secret");
  }

  @Test
  void explicitUserAndPasswordWinOverTheServerOfTheSameLayer() {
    Layer pom = new Layer("jdbc:postgresql://db/app", "me", "mine", "prod");

    Connection connection = resolver.resolve(Layer.EMPTY, null, pom, TARGET);

    assertThat(connection.user()).isEqualTo("me");
    assertThat(connection.password()).isEqualTo("mine");
  }

  @Test
  void environmentWinsOverThePomAndBringsItsOwnCredentials() {
    Layer pom = new Layer("jdbc:postgresql://db/app", "me", "mine", "prod");

    Connection connection =
        resolver.resolve(Layer.EMPTY, "postgresql://u:p%40ss@other:5433/x", pom, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.ENVIRONMENT);
    assertThat(connection.url()).isEqualTo("postgresql://u:p%40ss@other:5433/x");
    assertThat(connection.user()).as("the POM's user belongs to the POM's URL").isNull();
    assertThat(connection.password()).isNull();
  }

  @Test
  void commandLineCredentialsApplyToTheEnvironmentUrl() {
    Layer commandLine = new Layer(null, null, null, "cli");

    Connection connection =
        resolver.resolve(commandLine, "jdbc:postgresql://env/db", Layer.EMPTY, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.ENVIRONMENT);
    assertThat(connection.user()).isEqualTo("cli_user");
    assertThat(connection.password()).isEqualTo("cli-secret");
  }

  @Test
  void commandLineWinsOverEnvironmentAndPom() {
    Layer commandLine = new Layer("jdbc:h2:mem:cli", "sa", "", null);
    Layer pom = new Layer("jdbc:postgresql://db/app", null, null, "prod");

    Connection connection = resolver.resolve(commandLine, "jdbc:postgresql://env/db", pom, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.COMMAND_LINE);
    assertThat(connection.url()).isEqualTo("jdbc:h2:mem:cli");
    assertThat(connection.user()).isEqualTo("sa");
    assertThat(connection.password()).isEmpty();
  }

  @Test
  void commandLineUrlKeepsThePomCredentialsWhenItGivesNone() {
    Layer commandLine = new Layer("jdbc:postgresql://staging/app", null, null, null);
    Layer pom = new Layer("jdbc:postgresql://db/app", null, null, "prod");

    Connection connection = resolver.resolve(commandLine, null, pom, TARGET);

    assertThat(connection.url()).isEqualTo("jdbc:postgresql://staging/app");
    assertThat(connection.user()).isEqualTo("prod_user");
  }

  @Test
  void commandLineServerIdOverridesPomCredentials() {
    Layer commandLine = new Layer(null, null, null, "cli");
    Layer pom = new Layer("jdbc:postgresql://db/app", "me", "mine", null);

    Connection connection = resolver.resolve(commandLine, null, pom, TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.POM);
    assertThat(connection.user()).isEqualTo("cli_user");
  }

  @Test
  void blankValuesCountAsUnset() {
    Connection connection =
        resolver.resolve(
            new Layer(" ", "", null, " "), "  ", new Layer("", null, null, ""), TARGET);

    assertThat(connection.origin()).isEqualTo(Origin.EMBEDDED);
  }

  @Test
  void unknownServerIdIsAnError() {
    Layer pom = new Layer("jdbc:postgresql://db/app", null, null, "nope");

    assertThatThrownBy(() -> resolver.resolve(Layer.EMPTY, null, pom, TARGET))
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void printedFormsNeverShowThePassword() {
    Layer pom = new Layer("postgresql://u:hunter2@db/app", "u", "hunter2", null);
    Connection connection = resolver.resolve(Layer.EMPTY, null, pom, TARGET);

    assertThat(connection.toString()).doesNotContain("hunter2").contains("password=****");
    assertThat(pom.toString()).doesNotContain("hunter2");
    assertThat(new Credentials("u", "hunter2").toString()).doesNotContain("hunter2");
  }
}
