package dev.migrate.maven.it;

import dev.migrate.engine.testing.TestServers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the invoker ITs' {@code verify.groovy} scripts share: reading build.log, asserting on it,
 * and querying the databases the builds migrated. On the scripts' class path through invoker's
 * {@code addTestClassPath}; the drivers are instantiated directly because {@code DriverManager}
 * does not see drivers from a script's class loader.
 */
public final class ItSupport {
  private final File basedir;
  private final String log;

  private ItSupport(File basedir, String log) {
    this.basedir = basedir;
    this.log = log;
  }

  /** Support for the IT in {@code basedir}, with its build.log read. */
  public static ItSupport of(File basedir) throws IOException {
    File file = new File(basedir, "build.log");
    String text = file.isFile() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
    return new ItSupport(basedir, text);
  }

  /**
   * Copies the shared scripts of {@code src/it/fixtures/<name>} into the IT's migrations directory
   * (from its {@code setup.groovy}), so that several ITs run one fixture. A script the IT holds
   * itself under the same file name wins (its deliberate variant), and the names in {@code
   * leaveOut} are not copied.
   */
  public static void copyFixture(File basedir, File fixtures, String name, String... leaveOut)
      throws IOException {
    java.nio.file.Path target = basedir.toPath().resolve("src/main/resources/db/migrations");
    Files.createDirectories(target);
    List<String> skipped = List.of(leaveOut);
    try (var scripts = Files.list(fixtures.toPath().resolve(name))) {
      for (java.nio.file.Path script : scripts.sorted().toList()) {
        String file = script.getFileName().toString();
        java.nio.file.Path copy = target.resolve(file);
        if (!skipped.contains(file) && !Files.exists(copy)) {
          Files.copy(script, copy);
        }
      }
    }
  }

  /**
   * Copies the tree {@code src/it/fixtures/<name>} into the IT's {@code src} directory (from its
   * {@code setup.groovy}), so that several ITs compile one set of sources: {@code
   * fixtures/jpa-shop/v1/...} becomes {@code src/v1/...}.
   */
  public static void copySources(File basedir, File fixtures, String name) throws IOException {
    java.nio.file.Path from = fixtures.toPath().resolve(name);
    java.nio.file.Path to = basedir.toPath().resolve("src");
    try (var files = Files.walk(from)) {
      for (java.nio.file.Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        java.nio.file.Path copy = to.resolve(from.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  public String log() {
    return log;
  }

  /** Fails unless build.log contains every fragment. */
  public ItSupport logContains(String... fragments) {
    for (String fragment : fragments) {
      if (!log.contains(fragment)) {
        throw new AssertionError("build.log lacks: " + fragment + "\n--- build.log ---\n" + log);
      }
    }
    return this;
  }

  /** Fails if build.log contains any fragment. */
  public ItSupport logLacks(String... fragments) {
    for (String fragment : fragments) {
      if (log.contains(fragment)) {
        throw new AssertionError("build.log contains: " + fragment + "\n--- build.log ---\n" + log);
      }
    }
    return this;
  }

  /** Fails when the fragments do not occur in this order. */
  public ItSupport logInOrder(String... fragments) {
    int from = 0;
    for (String fragment : fragments) {
      int at = log.indexOf(fragment, from);
      if (at < 0) {
        throw new AssertionError(
            "build.log lacks (in order): " + fragment + "\n--- build.log ---\n" + log);
      }
      from = at + fragment.length();
    }
    return this;
  }

  /** No Java stack trace in the log (frames are tab-indented "at" lines). */
  public ItSupport noStackTrace() {
    for (String line : log.split("\n")) {
      if (line.matches("\\s+at [\\w.$]+\\(.*") || line.startsWith("Caused by:")) {
        throw new AssertionError("stack trace in build.log: " + line + "\n" + log);
      }
    }
    return this;
  }

  /** Lines of the log that contain the fragment. */
  public List<String> lines(String fragment) {
    List<String> found = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains(fragment)) {
        found.add(line);
      }
    }
    return found;
  }

  /**
   * The {@code Detected ...} lines autogenerate printed just before the {@code Generated} line that
   * names {@code file}, without the log level: what one autogenerated revision holds.
   */
  public List<String> detectedBefore(String file) {
    String[] lines = log.split("\n");
    for (int at = 0; at < lines.length; at++) {
      if (lines[at].contains("Generated ") && lines[at].contains(file)) {
        List<String> detected = new ArrayList<>();
        for (int i = at - 1; i >= 0 && lines[i].contains("] Detected "); i--) {
          detected.add(0, lines[i].substring(lines[i].indexOf("Detected ")).strip());
        }
        return detected;
      }
    }
    throw new AssertionError("build.log has no Generated line for " + file + "\n" + log);
  }

  /** The {@code .sql} files of a directory of the IT, by name. */
  public List<File> scripts(String directory) {
    File[] files = new File(basedir, directory).listFiles((d, n) -> n.endsWith(".sql"));
    List<File> sorted = files == null ? new ArrayList<>() : new ArrayList<>(List.of(files));
    sorted.sort(java.util.Comparator.comparing(File::getName));
    return sorted;
  }

  /**
   * The statements of a script's section ({@code upgrade} or {@code downgrade}): its lines that are
   * not comments, joined, split at the semicolons that end a line.
   */
  public static List<String> statements(File script, String section) throws IOException {
    String text = Files.readString(script.toPath(), StandardCharsets.UTF_8);
    int from = text.indexOf("-- migrate:" + section);
    if (from < 0) {
      throw new AssertionError("no " + section + " section in " + script + ":\n" + text);
    }
    int to = section.equals("upgrade") ? text.indexOf("-- migrate:downgrade") : text.length();
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.substring(from, to < 0 ? text.length() : to).split("\n")) {
      if (line.isBlank() || line.strip().startsWith("--")) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n").append(line);
      if (line.strip().endsWith(";")) {
        statements.add(current.toString());
        current.setLength(0);
      }
    }
    return statements;
  }

  /**
   * A script's text without its {@code create_date} header, the one line two runs may differ in.
   */
  public static String withoutCreateDate(File script) throws IOException {
    return Files.readString(script.toPath(), StandardCharsets.UTF_8)
        .replaceFirst("(?m)^-- create_date: .*\n", "");
  }

  /** The embedded H2 database of a module ({@code target/migrate/migrate}). */
  public Connection embedded() throws SQLException {
    return embedded(basedir, "sa", "");
  }

  /** The embedded H2 database of a module directory, with credentials. */
  public static Connection embedded(File module, String user, String password) throws SQLException {
    File db = new File(module, "target/migrate/migrate");
    if (!new File(db.getPath() + ".mv.db").isFile()) {
      throw new AssertionError("no embedded database at " + db + ".mv.db");
    }
    return h2("jdbc:h2:file:" + db.getAbsolutePath() + ";IFEXISTS=TRUE", user, password);
  }

  public static Connection h2(String url, String user, String password) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    return new org.h2.Driver().connect(url, props);
  }

  /** An SQLite database file that exists. */
  public static Connection sqlite(File file) throws SQLException {
    if (!file.isFile()) {
      throw new AssertionError("no SQLite database at " + file);
    }
    return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.getAbsolutePath(), new Properties());
  }

  public static Connection postgres(String database, String user) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    return new org.postgresql.Driver()
        .connect("jdbc:postgresql://127.0.0.1:5432/" + database, props);
  }

  public static Connection mariadb(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", "root");
    props.setProperty("password", "");
    return new org.mariadb.jdbc.Driver()
        .connect("jdbc:mariadb://127.0.0.1:3306/" + database, props);
  }

  /** The rows of a one-column query, as strings, in order. */
  public static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Whether a table exists in the H2 database (names are upper case there). */
  public static boolean h2TableExists(Connection connection, String table) throws SQLException {
    return !column(
            connection,
            "SELECT table_name FROM information_schema.tables WHERE UPPER(table_name) = '"
                + table.toUpperCase()
                + "'")
        .isEmpty();
  }

  /** The version table's rows, sorted. */
  public static List<String> versions(Connection connection) throws SQLException {
    return column(connection, "SELECT version_num FROM migrate_version ORDER BY version_num");
  }

  public static void assertEquals(Object expected, Object actual, String what) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }

  public static void assertTrue(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  /**
   * Whether the PostgreSQL test server answers. A test that needs it is skipped (the selector
   * returns false) when it does not, unless MIGRATE_REQUIRE_DATABASES=1 ({@link TestServers}).
   */
  public static boolean postgresAvailable(String requireDatabases) {
    return TestServers.available("postgresql", "1".equals(requireDatabases));
  }

  /** As {@link #postgresAvailable}, for the MariaDB test server. */
  public static boolean mariadbAvailable(String requireDatabases) {
    return TestServers.available("mariadb", "1".equals(requireDatabases));
  }
}
