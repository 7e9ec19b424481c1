package dev.migrate.maven;

import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.maven.Connection.Origin;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Applies the documented precedence to the connection settings: the command line ({@code
 * -Dmigrate.url}, {@code -Dmigrate.user}, {@code -Dmigrate.password}, {@code -Dmigrate.serverId})
 * over the environment ({@code DATABASE_URL}) over the POM, and the embedded H2 database when none
 * of them names a database.
 *
 * <p>Within one layer, an explicit user or password wins over the layer's {@code serverId}. A URL
 * from {@code DATABASE_URL} brings its own credentials, so the POM's user, password and serverId
 * (which belong to the POM's URL) do not apply to it; the command line's still do.
 */
final class ConnectionResolver {

  /** The connection settings one layer declares; any of them may be null. */
  record Layer(String url, String user, String password, String serverId) {
    static final Layer EMPTY = new Layer(null, null, null, null);

    @Override
    public String toString() {
      return "Layer[url="
          + PasswordMasker.mask(url)
          + ", user="
          + user
          + ", password="
          + (password == null ? "null" : "****")
          + ", serverId="
          + serverId
          + "]";
    }
  }

  private final Function<String, Credentials> servers;

  /**
   * @param servers credentials of a settings.xml server by id, decrypted; fails for an unknown id
   */
  ConnectionResolver(Function<String, Credentials> servers) {
    this.servers = servers;
  }

  Connection resolve(Layer commandLine, String environmentUrl, Layer pom, Path embeddedDirectory) {
    Credentials fromCommandLine = credentials(commandLine);
    if (present(commandLine.url())) {
      Credentials chosen = fromCommandLine != null ? fromCommandLine : credentials(pom);
      return connection(commandLine.url(), chosen, Origin.COMMAND_LINE);
    }
    if (present(environmentUrl)) {
      return connection(environmentUrl, fromCommandLine, Origin.ENVIRONMENT);
    }
    Credentials chosen = fromCommandLine != null ? fromCommandLine : credentials(pom);
    if (present(pom.url())) {
      return connection(pom.url(), chosen, Origin.POM);
    }
    // H2's conventional sa with an empty password, so IDEs and test code can open it too.
    Credentials embedded = chosen != null ? chosen : new Credentials("sa", "");
    return connection(embeddedUrl(embeddedDirectory), embedded, Origin.EMBEDDED);
  }

  /** The embedded H2 file database under {@code target/migrate/}. */
  static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("migrate").toString();
  }

  private Credentials credentials(Layer layer) {
    if (present(layer.user()) || layer.password() != null) {
      return new Credentials(blankToNull(layer.user()), layer.password());
    }
    if (present(layer.serverId())) {
      return servers.apply(layer.serverId().trim());
    }
    return null;
  }

  private static Connection connection(String url, Credentials credentials, Origin origin) {
    Credentials chosen = credentials == null ? Credentials.NONE : credentials;
    return new Connection(url.trim(), chosen.user(), chosen.password(), origin);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String blankToNull(String value) {
    return present(value) ? value : null;
  }
}
