package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Decryption through Maven's real decrypter, with the master password of the server-id IT. */
class SettingsServersTest {
  @TempDir Path dir;

  @Test
  void decryptsAnEncryptedServerPassword() throws Exception {
    SettingsServers servers = new SettingsServers(settings(), decrypter());

    Credentials credentials = servers.apply("db");

    assertThat(credentials.user()).isEqualTo("migrator");
    assertThat(credentials.password()).isEqualTo("s3cret-Pa55");
  }

  @Test
  void unknownServerIsAnErrorThatShowsHowToDeclareIt() throws Exception {
    SettingsServers servers = new SettingsServers(settings(), decrypter());

    assertThatThrownBy(() -> servers.apply("other"))
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("serverId 'other' names no <server>")
        .hasMessageContaining("<id>other</id>");
  }

  private Settings settings() {
    Server server = new Server();
    server.setId("db");
    server.setUsername("migrator");
    server.setPassword("{oJH7hshBtEQHL1za7B98eVSKY1AVly8J0Up7a4oL+SE=}");
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  private DefaultSettingsDecrypter decrypter() throws Exception {
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(
        security,
        "<settingsSecurity><master>{OcS7wIxT9oIHA4AWG/lW94NRqYiUcvee4j4rOyMk+xi//YzmteJoSS8iGrQciWoj}"
            + "</master></settingsSecurity>");
    return new DefaultSettingsDecrypter(
        new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), security.toString()));
  }
}
