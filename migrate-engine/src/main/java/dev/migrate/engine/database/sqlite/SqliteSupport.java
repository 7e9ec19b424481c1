package dev.migrate.engine.database.sqlite;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.ForeignUrl;
import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.ScratchPlan;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SQLite: {@code jdbc:sqlite:} URLs (a file, or {@code :memory:}), xerial's driver. The database
 * runs inside this JVM; its scratch databases are files in the temporary directory.
 */
public final class SqliteSupport implements DatabaseSupport {
  private static final String PREFIX = "jdbc:sqlite:";

  /** The files SQLite keeps beside a database, by suffix, and the lock's side file. */
  private static final List<String> SIDE_FILES =
      List.of("-journal", "-wal", "-shm", FileLock.SUFFIX, FileLock.SUFFIX + "-journal");

  @Override
  public String displayName() {
    return "SQLite";
  }

  @Override
  public List<String> dialectNames() {
    return List.of("sqlite");
  }

  @Override
  public Optional<Dialect> dialectNamed(String name) {
    return switch (name) {
      case "sqlite", "sqlite3" -> Optional.of(new SqliteDialect());
      default -> Optional.empty();
    };
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  public boolean recognizes(String productName) {
    return productName.toLowerCase(Locale.ROOT).equals("sqlite");
  }

  @Override
  public Dialect dialect(DatabaseMetaData metaData) {
    return new SqliteDialect();
  }

  @Override
  public List<String> urlSchemes() {
    return List.of("sqlite");
  }

  /**
   * SQLAlchemy's forms: {@code sqlite:///app.db} is a file relative to the working directory,
   * {@code sqlite:////var/app.db} an absolute one, {@code sqlite://} an in-memory database.
   */
  @Override
  public String jdbcUrl(ForeignUrl url, List<String> notes) {
    String file = url.database().isEmpty() ? ":memory:" : url.database();
    return PREFIX + file + url.querySuffix();
  }

  @Override
  public String driverClass() {
    return "org.sqlite.JDBC";
  }

  @Override
  public boolean inProcess(String jdbcUrl) {
    return true;
  }

  @Override
  public SchemaReader schemaReader() {
    return new SqliteCatalog();
  }

  /**
   * A new file in the temporary directory, beside an SQLite URL or with none; deleting the file and
   * those SQLite keeps beside it drops it.
   */
  @Override
  public Optional<ScratchPlan> scratch(
      String serverUrl, String user, String password, String name) {
    if (serverUrl != null && !acceptsUrl(serverUrl)) {
      return Optional.empty();
    }
    Path file = Path.of(System.getProperty("java.io.tmpdir")).resolve(name + ".db");
    List<Path> files = new ArrayList<>();
    files.add(file);
    for (String suffix : SIDE_FILES) {
      files.add(file.resolveSibling(file.getFileName() + suffix));
    }
    return Optional.of(
        ScratchPlan.inFiles(PREFIX + file, files, name + " (SQLite file " + file + ")"));
  }
}
