package dev.migrate.engine.database;

import dev.migrate.engine.common.MigrateException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The supported databases, in the order {@code META-INF/services/}{@link DatabaseSupport}'s file
 * lists them (the one list to extend for a new database), and the questions asked of all of them:
 * which database a URL, a product name or a connection is, and which dialect a name stands for.
 *
 * <p>The list is read through {@link ServiceLoader} so that this package, which the whole engine
 * uses, does not depend on the database packages, which use the whole engine.
 */
public final class Databases {
  private Databases() {}

  /** Every supported database, in registration order. */
  public static List<DatabaseSupport> all() {
    return Registered.ALL;
  }

  /**
   * The dialect a name stands for: {@code postgresql} (or {@code postgres}, {@code pg}), {@code
   * mariadb}, {@code mysql}, {@code h2}.
   */
  public static Dialect forName(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (DatabaseSupport database : all()) {
      Optional<Dialect> dialect = database.dialectNamed(key);
      if (dialect.isPresent()) {
        return dialect.get();
      }
    }
    throw new MigrateException("Unknown dialect '" + name + "': use " + dialectNames());
  }

  /** The database migrate uses when none is configured: the one that offers an embedded URL. */
  public static DatabaseSupport embedded() {
    for (DatabaseSupport database : all()) {
      if (database.embeddedUrl(Path.of("")).isPresent()) {
        return database;
      }
    }
    throw new IllegalStateException("no registered database offers an embedded default");
  }

  /** The embedded default's dialect, for rendering and splitting without a database. */
  public static Dialect embeddedDialect() {
    return forName(embedded().dialectNames().get(0));
  }

  /** The names the {@code dialect} setting accepts, for messages: {@code a, b or c}. */
  public static String dialectNames() {
    return words(all().stream().flatMap(d -> d.dialectNames().stream()).toList(), "or");
  }

  // Plain loops on the paths every command takes: a short command's start-up pays for each
  // first use of a stream or lambda.

  /** The database that serves a JDBC URL, if it is one of ours. */
  public static Optional<DatabaseSupport> forUrl(String jdbcUrl) {
    for (DatabaseSupport database : all()) {
      if (database.acceptsUrl(jdbcUrl)) {
        return Optional.of(database);
      }
    }
    return Optional.empty();
  }

  /** The database a URL scheme such as {@code postgres} stands for. */
  public static Optional<DatabaseSupport> forUrlScheme(String scheme) {
    for (DatabaseSupport database : all()) {
      if (database.urlSchemes().contains(scheme)) {
        return Optional.of(database);
      }
    }
    return Optional.empty();
  }

  /** Every URL scheme of {@link #forUrlScheme}, for messages: {@code a://, b://}. */
  public static String urlSchemes() {
    return all().stream()
        .flatMap(d -> d.urlSchemes().stream())
        .map(scheme -> scheme + "://")
        .collect(Collectors.joining(", "));
  }

  /** The database with this product name ({@link DatabaseMetaData#getDatabaseProductName()}). */
  public static Optional<DatabaseSupport> forProduct(String productName) {
    String product = productName == null ? "" : productName;
    for (DatabaseSupport database : all()) {
      if (database.recognizes(product)) {
        return Optional.of(database);
      }
    }
    return Optional.empty();
  }

  /** The database of a live connection, from its metadata, if it is one of ours. */
  public static Optional<DatabaseSupport> find(Connection connection) throws SQLException {
    return forProduct(connection.getMetaData().getDatabaseProductName());
  }

  /** The database of a live connection, from its metadata. */
  public static DatabaseSupport of(Connection connection) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new MigrateException("Could not read database metadata: " + e.getMessage(), e);
    }
    Optional<DatabaseSupport> database = forProduct(product);
    if (database.isEmpty()) {
      throw new MigrateException(
          "Unsupported database '"
              + product
              + "': migrate supports "
              + words(all().stream().map(DatabaseSupport::displayName).toList(), "and"));
    }
    return database.get();
  }

  /** The dialect of a live connection, from its metadata. */
  public static Dialect detect(Connection connection) {
    DatabaseSupport database = of(connection);
    try {
      return database.dialect(connection.getMetaData());
    } catch (SQLException e) {
      throw new MigrateException("Could not read database metadata: " + e.getMessage(), e);
    }
  }

  /** {@code a, b and c}. */
  private static String words(List<String> items, String last) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + last
        + " "
        + items.get(items.size() - 1);
  }

  /** Loaded on first use, once per class loader. */
  private static final class Registered {
    static final List<DatabaseSupport> ALL = load();

    private static List<DatabaseSupport> load() {
      List<DatabaseSupport> all = new ArrayList<>();
      for (DatabaseSupport database :
          ServiceLoader.load(DatabaseSupport.class, DatabaseSupport.class.getClassLoader())) {
        all.add(database);
      }
      return List.copyOf(all);
    }
  }
}
