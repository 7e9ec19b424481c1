package dev.migrate.engine.testing;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.verify.ScratchDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A uniquely named database created for one test and dropped by {@link #close()}, of any registered
 * database: on its test server ({@link TestServers}, which skips the test when the server is down),
 * or in memory. It is made and dropped as {@code verify} makes its scratch databases, through the
 * database's own support.
 *
 * <pre>
 * try (TestDatabase db = TestDatabase.postgres()) {
 *   Migrator m = Migrator.create(db.config().locations("filesystem:" + dir).build());
 *   ...
 *   assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
 * }
 * </pre>
 *
 * <p>Tests that run on every database take their database's name from {@link #all()}:
 * {@code @ParameterizedTest @MethodSource(TestDatabase.ALL)}.
 */
public final class TestDatabase implements AutoCloseable {
  /** For {@code @MethodSource}: every registered database. */
  public static final String ALL = "dev.migrate.engine.testing.TestDatabase#all";

  private final DatabaseSupport database;
  private final ScratchDatabase scratch;
  private final String name;
  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(
      DatabaseSupport database,
      ScratchDatabase scratch,
      String name,
      String url,
      String user,
      String password) {
    this.database = database;
    this.scratch = scratch;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The name of every registered database (its first dialect name), in registration order. */
  public static Stream<String> all() {
    return Databases.all().stream().map(TestDatabase::nameOf);
  }

  /** The registered database with this dialect name. */
  public static DatabaseSupport support(String dialectName) {
    return Databases.all().stream()
        .filter(d -> d.dialectNamed(dialectName).isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no database named " + dialectName));
  }

  /** Creates a database (skipping or failing as {@link TestServers} says). */
  public static TestDatabase create(String dialectName) {
    return create(support(dialectName));
  }

  /** Creates a database (skipping or failing as {@link TestServers} says). */
  public static TestDatabase create(DatabaseSupport database) {
    ScratchDatabase scratch = TestServers.scratch(database);
    return new TestDatabase(
        database, scratch, scratch.name(), scratch.url(), scratch.user(), scratch.password());
  }

  /** A fresh in-memory H2 database, alive until {@link #close()}. */
  public static TestDatabase h2() {
    return create("h2");
  }

  /**
   * A fresh H2 file database in {@code directory}, served with {@code AUTO_SERVER=TRUE} so that
   * several processes can open it at once.
   */
  public static TestDatabase h2File(java.nio.file.Path directory) {
    String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + ";AUTO_SERVER=TRUE";
    return new TestDatabase(support("h2"), null, name, url, "sa", "");
  }

  /** A fresh PostgreSQL database on the test server. */
  public static TestDatabase postgres() {
    return create("postgresql");
  }

  /** A fresh MariaDB database on the test server. */
  public static TestDatabase mariadb() {
    return create("mariadb");
  }

  /** The registered database this is one of. */
  public DatabaseSupport database() {
    return database;
  }

  /** The database's dialect, as a connection to it detects it. */
  public Dialect dialect() {
    try (Connection c = connect()) {
      return Databases.detect(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The database name, unique per test. */
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

  /** The dialect name as offline rendering expects it: {@code postgresql}, {@code mariadb}... */
  public String dialectName() {
    return nameOf(database);
  }

  /** True for the database with this dialect name. */
  public boolean is(String dialectName) {
    return dialectName().equals(dialectName);
  }

  private static String nameOf(DatabaseSupport database) {
    return database.dialectNames().get(0);
  }

  /** A config builder with url, user and password set; add locations and build. */
  public MigrateConfig.Builder config() {
    return MigrateConfig.builder().url(url).user(user).password(password);
  }

  /** A data source for this database, through the driver. */
  public DataSource dataSource() {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return connect();
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
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
        if ("INFORMATION_SCHEMA".equalsIgnoreCase(schema)
            || (catalog != null && !name.equalsIgnoreCase(catalog))) {
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
   * Runs a rendered SQL script with the database's own client, as a DBA would ({@link
   * DatabaseClients#runScript}). Fails with the client's output when the script fails.
   */
  public void runScript(String sql) {
    DatabaseClients.runScript(this, sql, null);
  }

  /**
   * As {@link #runScript(String)}, with the client's encoding set to Latin-1, as on a DBA's
   * terminal that is not UTF-8. Not for in-process databases.
   */
  public void runScriptAsLatin1Client(String sql) {
    DatabaseClients.runScript(this, sql, "latin1");
  }

  /** Drops the database (servers) or shuts it down (in memory). */
  @Override
  public void close() {
    if (scratch != null) {
      scratch.close();
    }
  }

  @Override
  public String toString() {
    return dialectName() + " " + name;
  }
}
