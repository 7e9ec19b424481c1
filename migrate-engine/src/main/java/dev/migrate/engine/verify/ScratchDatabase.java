package dev.migrate.engine.verify;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throwaway database that exists for one verify run: an in-memory H2 database, or a database
 * created with a unique name on a PostgreSQL or MariaDB/MySQL server and dropped by {@link
 * #close()}. Nothing outside it is ever changed or dropped.
 */
public final class ScratchDatabase implements AutoCloseable {
  private static final Pattern SERVER_URL =
      Pattern.compile("^(jdbc:(?:postgresql|mariadb|mysql)://[^/?]*)(/[^?]*)?(\\?.*)?$");
  private static final Pattern H2_SETTING =
      Pattern.compile(
          "(?i);(MODE|DATABASE_TO_LOWER|DATABASE_TO_UPPER|CASE_INSENSITIVE_IDENTIFIERS"
              + "|NON_KEYWORDS|DEFAULT_NULL_ORDERING|IGNORECASE)=[^;]*");

  private final Kind kind;
  private final String name;
  private final String url;
  private final String serverUrl;
  private final String user;
  private final String password;
  private Connection keeper;
  private boolean closed;

  private enum Kind {
    H2,
    POSTGRESQL,
    MARIADB
  }

  private ScratchDatabase(
      Kind kind, String name, String url, String serverUrl, String user, String password) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Creates a scratch database. With no server URL, or an H2 one, it is an in-memory H2 database
   * that keeps the H2 URL's compatibility settings ({@code MODE=PostgreSQL} ...). With a PostgreSQL
   * or MariaDB/MySQL URL, it is a new database on that server, reached with the same credentials.
   */
  public static ScratchDatabase create(String serverUrl, String user, String password) {
    String name = "migrate_verify_" + HexFormat.of().formatHex(randomBytes());
    if (serverUrl == null || serverUrl.isBlank() || serverUrl.startsWith("jdbc:h2:")) {
      StringBuilder settings = new StringBuilder(";DB_CLOSE_DELAY=-1");
      if (serverUrl != null) {
        Matcher setting = H2_SETTING.matcher(serverUrl);
        while (setting.find()) {
          settings.append(setting.group());
        }
      }
      ScratchDatabase h2 =
          new ScratchDatabase(Kind.H2, name, "jdbc:h2:mem:" + name + settings, null, "sa", "");
      h2.keeper = h2.open("create the in-memory database " + name);
      return h2;
    }
    Matcher server = SERVER_URL.matcher(serverUrl);
    if (!server.matches()) {
      throw new MigrateException(
          "verify can create a scratch database on PostgreSQL, MariaDB or MySQL, or use"
              + " in-memory H2; it cannot on "
              + masked(serverUrl));
    }
    Kind kind = serverUrl.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.MARIADB;
    String url = server.group(1) + "/" + name + (server.group(3) == null ? "" : server.group(3));
    ScratchDatabase scratch = new ScratchDatabase(kind, name, url, serverUrl, user, password);
    try {
      scratch.onServer("CREATE DATABASE " + name, "create the scratch database " + name);
    } catch (MigrateException e) {
      throw new MigrateException(
          e.getMessage()
              + " (verify creates a throwaway database there: the user needs the right to create"
              + " databases, or point the scratch URL at a server where it has it)",
          e.getCause());
    }
    return scratch;
  }

  /** The JDBC URL of the scratch database. */
  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** For progress lines: the name and where it lives, without a password. */
  public String describe() {
    return kind == Kind.H2 ? name + " (in-memory H2)" : name + " on " + masked(serverUrl);
  }

  /** The database's name, e.g. {@code migrate_verify_3f2a...}. */
  public String name() {
    return name;
  }

  /** A new connection to the scratch database; the caller closes it. */
  public Connection connect() {
    return open("connect to the scratch database " + name);
  }

  /** Drops the scratch database (H2: shuts the in-memory database down); once only. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (kind == Kind.H2) {
      try (Connection connection = keeper;
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        throw new MigrateException(
            "Could not shut down the scratch database " + name + ": " + e.getMessage(), e);
      }
      return;
    }
    String drop =
        kind == Kind.POSTGRESQL
            ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
            : "DROP DATABASE IF EXISTS " + name;
    onServer(drop, "drop the scratch database " + name);
  }

  private void onServer(String sql, String purpose) {
    try (Connection connection = ConnectionFactory.connect(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new MigrateException(
          "Could not " + purpose + " on " + masked(serverUrl) + ": " + e.getMessage(), e);
    }
  }

  private Connection open(String purpose) {
    try {
      return ConnectionFactory.connect(url, user, password);
    } catch (SQLException e) {
      throw new MigrateException("Could not " + purpose + ": " + e.getMessage(), e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** The URL without any password it carries. */
  static String masked(String url) {
    return PasswordMasker.mask(url);
  }
}
