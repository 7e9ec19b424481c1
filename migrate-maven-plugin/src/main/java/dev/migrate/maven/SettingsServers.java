package dev.migrate.maven;

import dev.migrate.engine.common.MigrateException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Credentials of a settings.xml {@code <server>}, with its password decrypted by Maven's own
 * decrypter (settings-security.xml), so encrypted passwords work as in every other plugin.
 */
final class SettingsServers implements Function<String, Credentials> {
  private final Settings settings;
  private final SettingsDecrypter decrypter;

  SettingsServers(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  @Override
  public Credentials apply(String serverId) {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MigrateException(
          "serverId '"
              + serverId
              + "' names no <server> in settings.xml; add <server><id>"
              + serverId
              + "</id><username>...</username><password>...</password></server>");
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    if (!result.getProblems().isEmpty()) {
      // The problem messages name the server and the cause, never the password.
      throw new MigrateException(
          "Cannot decrypt the password of server '"
              + serverId
              + "': "
              + result.getProblems().stream()
                  .map(SettingsProblem::getMessage)
                  .collect(Collectors.joining("; ")));
    }
    Server decrypted = result.getServer();
    return new Credentials(decrypted.getUsername(), decrypted.getPassword());
  }
}
