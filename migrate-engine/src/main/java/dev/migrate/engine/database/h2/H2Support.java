package dev.migrate.engine.database.h2;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.ScratchPlan;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2: {@code jdbc:h2:} URLs, in memory, from a file in this JVM, or on an H2 server. The one
 * database that can make a scratch database without a server.
 */
public final class H2Support implements DatabaseSupport {
  private static final String PREFIX = "jdbc:h2:";

  /** The setting that bounds how long closing the database compacts the file, in ms. */
  static final String MAX_COMPACT_TIME = "MAX_COMPACT_TIME";

  /** The setting that makes opening a database that does not exist fail instead of create it. */
  static final String IF_EXISTS = "IFEXISTS";

  /** The setting that opens a database read-only ({@code r}) or read-write ({@code rw}). */
  static final String ACCESS_MODE_DATA = "ACCESS_MODE_DATA";

  /** The URL settings a scratch database keeps, so that it parses and folds as the original. */
  private static final Pattern COMPATIBILITY_SETTING =
      Pattern.compile(
          "(?i);(MODE|DATABASE_TO_LOWER|DATABASE_TO_UPPER|CASE_INSENSITIVE_IDENTIFIERS"
              + "|NON_KEYWORDS|DEFAULT_NULL_ORDERING|IGNORECASE)=[^;]*");

  @Override
  public String displayName() {
    return "H2";
  }

  @Override
  public List<String> dialectNames() {
    return List.of("h2");
  }

  @Override
  public Optional<Dialect> dialectNamed(String name) {
    return name.equals("h2") ? Optional.of(new H2Dialect(false)) : Optional.empty();
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  public boolean recognizes(String productName) {
    return productName.toLowerCase(Locale.ROOT).equals("h2");
  }

  /** Names fold as the connection folds them: upper-case unless {@code DATABASE_TO_LOWER}. */
  @Override
  public Dialect dialect(DatabaseMetaData metaData) throws SQLException {
    return new H2Dialect(metaData.storesLowerCaseIdentifiers());
  }

  @Override
  public String driverClass() {
    return "org.h2.Driver";
  }

  /**
   * Adds {@code MAX_COMPACT_TIME=0} when the URL does not set it. By default H2 spends up to 200 ms
   * compacting the file when the last connection closes; a migration run is short and rarely
   * shrinks anything, and that pause doubled the close of {@code current}. A value in the URL wins
   * (H2 refuses the same setting in both places).
   */
  @Override
  public void addConnectionDefaults(String jdbcUrl, Properties properties) {
    if (!properties.containsKey(MAX_COMPACT_TIME) && !urlSets(jdbcUrl, MAX_COMPACT_TIME)) {
      properties.setProperty(MAX_COMPACT_TIME, "0");
    }
  }

  /** A file database, {@code migrate.mv.db} in the directory: the embedded default. */
  @Override
  public Optional<String> embeddedUrl(Path directory) {
    return Optional.of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("migrate"));
  }

  @Override
  public boolean embeddedExists(Path directory) {
    return java.nio.file.Files.isRegularFile(directory.resolve("migrate.mv.db"));
  }

  /** In memory or from a file, not a {@code tcp:} or {@code ssl:} server. */
  @Override
  public boolean inProcess(String jdbcUrl) {
    return !onServer(jdbcUrl);
  }

  @Override
  public Optional<Properties> openExisting(
      String jdbcUrl, Properties properties, boolean readOnly) {
    if (!embeddedFile(jdbcUrl) || urlSets(jdbcUrl, IF_EXISTS)) {
      return Optional.empty();
    }
    Properties existing = new Properties();
    existing.putAll(properties);
    existing.setProperty(IF_EXISTS, "TRUE");
    if (readOnly && !urlSets(jdbcUrl, ACCESS_MODE_DATA)) {
      existing.setProperty(ACCESS_MODE_DATA, "r");
    }
    return Optional.of(existing);
  }

  /**
   * True for a database this JVM runs itself from a file (not {@code mem:}, not a server): its
   * first open loads the H2 engine and reads the whole file.
   */
  static boolean embeddedFile(String jdbcUrl) {
    return !onServer(jdbcUrl) && !location(jdbcUrl).startsWith("mem:");
  }

  private static boolean onServer(String jdbcUrl) {
    String rest = location(jdbcUrl);
    return rest.startsWith("tcp:") || rest.startsWith("ssl:");
  }

  @Override
  public SchemaReader schemaReader() {
    return new H2Catalog();
  }

  /**
   * An in-memory database, with no server URL or beside an H2 URL, keeping that URL's compatibility
   * settings ({@code MODE=PostgreSQL} ...). It lives while a connection is open.
   */
  @Override
  public Optional<ScratchPlan> scratch(
      String serverUrl, String user, String password, String name) {
    if (serverUrl != null && !serverUrl.startsWith(PREFIX)) {
      return Optional.empty();
    }
    StringBuilder settings = new StringBuilder(";DB_CLOSE_DELAY=-1");
    if (serverUrl != null) {
      Matcher setting = COMPATIBILITY_SETTING.matcher(serverUrl);
      while (setting.find()) {
        settings.append(setting.group());
      }
    }
    return Optional.of(
        new ScratchPlan(
            "jdbc:h2:mem:" + name + settings,
            "sa",
            "",
            null,
            null,
            "SHUTDOWN",
            name + " (in-memory H2)"));
  }

  /**
   * True when the {@code ;KEY=value} settings of the URL name the setting (keys ignore case, as in
   * H2; a backslash escapes a semicolon inside a value such as {@code INIT}).
   */
  static boolean urlSets(String jdbcUrl, String setting) {
    int start = jdbcUrl.indexOf(';');
    while (start >= 0) {
      int end = start + 1;
      while (end < jdbcUrl.length() && jdbcUrl.charAt(end) != ';') {
        end += jdbcUrl.charAt(end) == '\\' ? 2 : 1;
      }
      end = Math.min(end, jdbcUrl.length());
      String item = jdbcUrl.substring(start + 1, end);
      int equals = item.indexOf('=');
      if (equals > 0 && item.substring(0, equals).trim().equalsIgnoreCase(setting)) {
        return true;
      }
      start = end < jdbcUrl.length() ? end : -1;
    }
    return false;
  }

  /** What follows {@code jdbc:h2:}, lower-cased. */
  private static String location(String jdbcUrl) {
    return jdbcUrl.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
  }
}
