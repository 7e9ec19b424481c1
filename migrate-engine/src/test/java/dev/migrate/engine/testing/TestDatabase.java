package dev.migrate.engine.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.engine.api.MigrateConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A uniquely named database created for one test and dropped by {@link #close()}: a PostgreSQL
 * database, a MariaDB database or an in-memory H2 database.
 *
 * <p>A server that cannot be reached skips the test, unless the environment variable {@code
 * MIGRATE_REQUIRE_DATABASES=1} is set (as in CI): then the test fails. Servers default to this
 * machine's (PostgreSQL 127.0.0.1:5432 user {@code postgres}, MariaDB 127.0.0.1:3306 user {@code
 * root}); {@code MIGRATE_TEST_PG_URL}/{@code _USER}/{@code _PASSWORD} and {@code
 * MIGRATE_TEST_MARIADB_URL}/{@code _USER}/{@code _PASSWORD} point elsewhere (the URL names the
 * server's maintenance database, e.g. {@code jdbc:postgresql://db:5432/postgres}).
 *
 * <pre>
 * try (TestDatabase db = TestDatabase.postgres()) {
 *   Migrator m = Migrator.create(db.config().locations("filesystem:" + dir).build());
 *   ...
 *   assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
 * }
 * </pre>
 */
public final class TestDatabase implements AutoCloseable {

  /** The three databases the engine supports. */
  public enum Kind {
    H2,
    POSTGRESQL,
    MARIADB
  }

  private final Kind kind;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final String adminUrl;
  private final Connection keepAlive;

  private TestDatabase(
      Kind kind,
      String name,
      String url,
      String user,
      String password,
      String adminUrl,
      Connection keepAlive) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.adminUrl = adminUrl;
    this.keepAlive = keepAlive;
  }

  /** Creates a database of the given kind (skipping or failing as the class comment says). */
  public static TestDatabase create(Kind kind) {
    return switch (kind) {
      case H2 -> h2();
      case POSTGRESQL -> postgres();
      case MARIADB -> mariadb();
    };
  }

  /** A fresh in-memory H2 database, alive until {@link #close()}. */
  public static TestDatabase h2() {
    String name = uniqueName();
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    try {
      Connection keepAlive = DriverManager.getConnection(url, "sa", "");
      return new TestDatabase(Kind.H2, name, url, "sa", "", null, keepAlive);
    } catch (SQLException e) {
      throw new IllegalStateException("H2 in memory failed: " + e.getMessage(), e);
    }
  }

  /**
   * A fresh H2 file database in {@code directory}, served with {@code AUTO_SERVER=TRUE} so that
   * several processes can open it at once.
   */
  public static TestDatabase h2File(java.nio.file.Path directory) {
    String name = uniqueName();
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + ";AUTO_SERVER=TRUE";
    return new TestDatabase(Kind.H2, name, url, "sa", "", null, null);
  }

  /** A fresh PostgreSQL database on the test server. */
  public static TestDatabase postgres() {
    String admin = env("MIGRATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("MIGRATE_TEST_PG_USER", "postgres");
    String password = env("MIGRATE_TEST_PG_PASSWORD", "");
    String name = uniqueName();
    adminExecute(Kind.POSTGRESQL, admin, user, password, "CREATE DATABASE " + name);
    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    return new TestDatabase(Kind.POSTGRESQL, name, url, user, password, admin, null);
  }

  /** A fresh MariaDB database on the test server. */
  public static TestDatabase mariadb() {
    String admin = env("MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    String user = env("MIGRATE_TEST_MARIADB_USER", "root");
    String password = env("MIGRATE_TEST_MARIADB_PASSWORD", "");
    String name = uniqueName();
    adminExecute(Kind.MARIADB, admin, user, password, "CREATE DATABASE " + name);
    int slash = admin.indexOf('/', "jdbc:mariadb://".length());
    int query = admin.indexOf('?', slash);
    String url = admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    return new TestDatabase(Kind.MARIADB, name, url, user, password, admin, null);
  }

  /** True when {@code MIGRATE_REQUIRE_DATABASES=1}: an unreachable server fails the test. */
  public static boolean databasesRequired() {
    return "1".equals(System.getenv("MIGRATE_REQUIRE_DATABASES"));
  }

  public Kind kind() {
    return kind;
  }

  /** The database (or H2 in-memory) name, unique per test. */
  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** The dialect name as offline rendering expects it. */
  public String dialectName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** A config builder with url, user and password set; add locations and build. */
  public MigrateConfig.Builder config() {
    return MigrateConfig.builder().url(url).user(user).password(password);
  }

  /** A driver data source for this database. */
  public DataSource dataSource() {
    switch (kind) {
      case H2 -> {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
      }
      case POSTGRESQL -> {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
      }
      default -> {
        try {
          org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(url);
          ds.setUser(user);
          ds.setPassword(password);
          return ds;
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** A new connection; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Runs statements in autocommit. */
  public void execute(String... sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String one : sql) {
        s.execute(one);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The first column of every row of a query, as strings. */
  public List<String> strings(String query) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A single numeric value, e.g. {@code SELECT count(*) FROM t}. */
  public long number(String query) {
    return Long.parseLong(strings(query).get(0));
  }

  /** True when a table of that (unquoted, case-insensitive) name exists in the database. */
  public boolean tableExists(String table) {
    try (Connection c = connect();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        String catalog = rs.getString("TABLE_CAT");
        if (kind == Kind.H2 && "INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
          continue;
        }
        if (kind == Kind.MARIADB && !name.equalsIgnoreCase(catalog)) {
          continue;
        }
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Runs a rendered SQL script with the database's own client, as a DBA would: {@code psql -v
   * ON_ERROR_STOP=1 -f}, the {@code mariadb} client, or H2's RunScript. Fails with the client's
   * output when the script fails.
   */
  public void runScript(String sql) {
    runScript(sql, null);
  }

  /**
   * As {@link #runScript(String)}, with the client's encoding set to Latin-1, as on a DBA's
   * terminal that is not UTF-8. Not for H2.
   */
  public void runScriptAsLatin1Client(String sql) {
    if (kind == Kind.H2) {
      throw new IllegalArgumentException("H2's RunScript has no client encoding");
    }
    runScript(sql, "latin1");
  }

  private void runScript(String sql, String clientCharset) {
    try {
      if (kind == Kind.H2) {
        try (Connection c = connect()) {
          org.h2.tools.RunScript.execute(c, new java.io.StringReader(sql));
        }
        return;
      }
      java.nio.file.Path file = java.nio.file.Files.createTempFile(name, ".sql");
      try {
        java.nio.file.Files.writeString(file, sql);
        String host = hostOf(url);
        ProcessBuilder builder =
            kind == Kind.POSTGRESQL
                ? new ProcessBuilder(
                    "psql",
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-h",
                    host,
                    "-p",
                    portOf(url, "5432"),
                    "-U",
                    user,
                    "-d",
                    name,
                    "-f",
                    file.toString())
                : new ProcessBuilder(
                        "mariadb", "-h", host, "-P", portOf(url, "3306"), "-u", user, name)
                    .redirectInput(file.toFile());
        if (!password.isEmpty()) {
          builder.environment().put(kind == Kind.POSTGRESQL ? "PGPASSWORD" : "MYSQL_PWD", password);
        }
        if (clientCharset != null && kind == Kind.POSTGRESQL) {
          builder.environment().put("PGCLIENTENCODING", clientCharset);
        } else if (clientCharset != null) {
          builder.command().add(1, "--default-character-set=" + clientCharset);
        }
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
          throw new AssertionError("script failed in " + this + ":\n" + output);
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String hostOf(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
    String hostPort = rest.substring(0, rest.indexOf('/'));
    int colon = hostPort.indexOf(':');
    return colon < 0 ? hostPort : hostPort.substring(0, colon);
  }

  private static String portOf(String jdbcUrl, String fallback) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
    String hostPort = rest.substring(0, rest.indexOf('/'));
    int colon = hostPort.indexOf(':');
    return colon < 0 ? fallback : hostPort.substring(colon + 1);
  }

  /** Drops the database (servers) or shuts it down (H2 in memory). */
  @Override
  public void close() {
    try {
      switch (kind) {
        case H2 -> {
          if (keepAlive != null) {
            try (Statement s = keepAlive.createStatement()) {
              s.execute("SHUTDOWN");
            }
            keepAlive.close();
          }
        }
        case POSTGRESQL ->
            adminExecute(
                kind,
                adminUrl,
                user,
                password,
                "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        case MARIADB ->
            adminExecute(kind, adminUrl, user, password, "DROP DATABASE IF EXISTS " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }

  private static void adminExecute(
      Kind kind, String url, String user, String password, String sql) {
    Connection c;
    try {
      DriverManager.setLoginTimeout(5);
      c = DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      String why = kind + " not reachable at " + url + ": " + e.getMessage();
      if (databasesRequired()) {
        fail(why + " (MIGRATE_REQUIRE_DATABASES=1)");
      }
      Assumptions.abort(why);
      return;
    }
    try (c;
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static String uniqueName() {
    return "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
