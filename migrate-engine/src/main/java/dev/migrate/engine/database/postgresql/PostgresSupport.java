package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.ForeignUrl;
import dev.migrate.engine.database.SchemaReader;
import dev.migrate.engine.database.ScratchPlan;
import dev.migrate.engine.database.ServerRoles;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/** PostgreSQL: {@code jdbc:postgresql:} and {@code postgresql://} URLs, the pgJDBC driver. */
public final class PostgresSupport implements DatabaseSupport {
  private static final String PREFIX = "jdbc:postgresql:";
  private static final Map<String, String> LIBPQ_NAMES =
      Map.of("connect_timeout", "connectTimeout", "application_name", "ApplicationName");
  private static final Pattern SERVER_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

  @Override
  public String displayName() {
    return "PostgreSQL";
  }

  @Override
  public List<String> dialectNames() {
    return List.of("postgresql");
  }

  @Override
  public Optional<Dialect> dialectNamed(String name) {
    return switch (name) {
      case "postgresql", "postgres", "pg" -> Optional.of(new PostgresDialect());
      default -> Optional.empty();
    };
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** pgJDBC percent-decodes the database name and the parameters: a stray {@code %} stops it. */
  @Override
  public Optional<String> urlProblem(String jdbcUrl) {
    for (int i = jdbcUrl.indexOf('%'); i >= 0; i = jdbcUrl.indexOf('%', i + 1)) {
      if (i + 2 >= jdbcUrl.length()
          || Character.digit(jdbcUrl.charAt(i + 1), 16) < 0
          || Character.digit(jdbcUrl.charAt(i + 2), 16) < 0) {
        return Optional.of(
            "a '%' that does not start a %XX escape; pgJDBC percent-decodes the database name and"
                + " the parameters: write % as %25 (and & as %26, = as %3D in a value)");
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean recognizes(String productName) {
    return productName.toLowerCase(Locale.ROOT).contains("postgres");
  }

  @Override
  public Dialect dialect(DatabaseMetaData metaData) {
    return new PostgresDialect();
  }

  @Override
  public List<String> urlSchemes() {
    return List.of("postgresql", "postgres");
  }

  /**
   * A URL without a host means the local server, as for libpq. Query parameters go to pgJDBC, which
   * shares libpq's names ({@code sslmode}, {@code sslrootcert}, {@code options}) except for the two
   * renamed here.
   */
  @Override
  public String jdbcUrl(ForeignUrl url, List<String> notes) {
    StringBuilder query = new StringBuilder();
    for (String parameter : url.query().isEmpty() ? new String[0] : url.query().split("&")) {
      int equals = parameter.indexOf('=');
      String name = parameter.substring(0, equals);
      String renamed = LIBPQ_NAMES.getOrDefault(name, name);
      if (!renamed.equals(name)) {
        notes.add("the query parameter " + name + " goes to pgJDBC as " + renamed);
      }
      query
          .append(query.length() == 0 ? '?' : '&')
          .append(renamed)
          .append(parameter, equals, parameter.length());
    }
    return "jdbc:postgresql://" + url.hostAndPort("localhost") + "/" + url.database() + query;
  }

  @Override
  public String driverClass() {
    return "org.postgresql.Driver";
  }

  /**
   * pgJDBC's {@code connectTimeout} bounds reaching the server, {@code loginTimeout} the whole
   * open, login included (a server that accepts and never answers), both in whole seconds.
   */
  @Override
  public void addConnectTimeout(String jdbcUrl, Properties properties, Duration timeout) {
    String seconds = String.valueOf(Math.max(1, (timeout.toMillis() + 999) / 1000));
    for (String name : List.of("connectTimeout", "loginTimeout")) {
      if (!DatabaseSupport.sets(jdbcUrl, properties, name)) {
        properties.setProperty(name, seconds);
      }
    }
  }

  @Override
  public SchemaReader schemaReader() {
    return new PostgresCatalog();
  }

  @Override
  public Optional<ServerRoles> serverRoles() {
    return Optional.of(new PostgresRoles());
  }

  /** A new database on the server, dropped even while sessions are still connected to it. */
  @Override
  public Optional<ScratchPlan> scratch(
      String serverUrl, String user, String password, String name) {
    return ScratchPlan.onServer(
        SERVER_URL,
        serverUrl,
        user,
        password,
        name,
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
