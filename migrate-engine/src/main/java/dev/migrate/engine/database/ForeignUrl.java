package dev.migrate.engine.database;

/**
 * A database URL in the form other ecosystems use, split into its parts: {@code
 * dialect[+driver]://[user[:password]@][host][:port][/database][?query]} (libpq, Rails, Heroku,
 * SQLAlchemy). Each database's {@link DatabaseSupport#jdbcUrl(ForeignUrl, java.util.List)} turns it
 * into a JDBC URL.
 *
 * @param scheme the dialect part, lower-case: {@code postgresql}, {@code mysql}, {@code sqlite}
 * @param driver SQLAlchemy's driver part ({@code asyncpg}, {@code psycopg2}, {@code pymysql}), or
 *     null; it names a Python driver, so the engine ignores it
 * @param user the user, percent-decoded, or null
 * @param password the password, percent-decoded, or null
 * @param host the host as written (an IPv6 address keeps its brackets), or empty
 * @param port the port, or -1 when the URL has none
 * @param database what follows the host's {@code /}, percent-decoded, or empty: a database name on
 *     a server, a file for SQLite ({@code sqlite:///app.db} gives {@code app.db}, {@code
 *     sqlite:////var/app.db} gives {@code /var/app.db})
 * @param query the query without {@code ?}, as written, for the JDBC driver; empty when none
 */
public record ForeignUrl(
    String scheme,
    String driver,
    String user,
    String password,
    String host,
    int port,
    String database,
    String query) {

  /** {@code host:port}, {@code host}, or {@code fallback} when the URL names no host. */
  public String hostAndPort(String fallback) {
    String name = host.isEmpty() ? fallback : host;
    return port < 0 ? name : name + ":" + port;
  }

  /** {@code ?query} for the end of a JDBC URL, or empty. */
  public String querySuffix() {
    return query.isEmpty() ? "" : "?" + query;
  }

  @Override
  public String toString() {
    return "ForeignUrl["
        + scheme
        + "://"
        + (user == null ? "" : user + (password == null ? "" : ":****") + "@")
        + hostAndPort("")
        + "/"
        + database
        + querySuffix()
        + "]";
  }
}
