package dev.migrate.cli;

import dev.migrate.engine.testing.TestServers;
import dev.migrate.engine.verify.ScratchDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database for one test that a separate CLI process can reach: an H2 file database in a temporary
 * directory, or a uniquely named database on a test server ({@link TestServers}: an unreachable
 * server skips the test unless {@code MIGRATE_REQUIRE_DATABASES=1}), dropped by {@link #close()}.
 */
final class ItDatabase implements AutoCloseable {
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final ScratchDatabase scratch;

  private ItDatabase(
      String name, String url, String user, String password, ScratchDatabase scratch) {
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.scratch = scratch;
  }

  /**
   * A database of the registered database with this dialect name: {@code h2} is a file in {@code
   * directory}, so that the CLI process opens the same database.
   */
  static ItDatabase create(String database, Path directory) {
    if (database.equals("h2")) {
      String name = "mt_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath();
      return new ItDatabase(name, url, null, null, null);
    }
    ScratchDatabase scratch = TestServers.scratch(database);
    return new ItDatabase(
        scratch.name(), scratch.url(), scratch.user(), scratch.password(), scratch);
  }

  String name() {
    return name;
  }

  /** {@code host:port} of a server database, for URLs in other forms. */
  String host() {
    String rest = url.substring(url.indexOf("://") + 3);
    return rest.substring(0, rest.indexOf('/'));
  }

  /** The JDBC URL, user included where one is needed, for {@code --url}. */
  String url() {
    return user == null ? url : url + (url.contains("?") ? "&" : "?") + "user=" + user;
  }

  /** The first column of every row of a query, as strings, in the query's order. */
  List<String> strings(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError("query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The version rows, sorted. */
  List<String> versions() {
    return strings("SELECT version_num FROM migrate_version ORDER BY version_num");
  }

  /** True when a table of that (unquoted, case-insensitive) name exists in this database. */
  boolean tableExists(String table) {
    try (Connection connection = connect();
        ResultSet rs =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String catalog = rs.getString("TABLE_CAT");
        if ("INFORMATION_SCHEMA".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))
            || (catalog != null && !name.equalsIgnoreCase(catalog))) {
          continue;
        }
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new AssertionError("cannot list the tables of " + name + ": " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return user == null
        ? DriverManager.getConnection(url)
        : DriverManager.getConnection(url, user, password);
  }

  @Override
  public void close() {
    if (scratch != null) {
      scratch.close();
    }
  }
}
