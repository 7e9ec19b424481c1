package dev.migrate.engine.fleet;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections to the configured server, reused by every schema target of a fleet: a target
 * borrows them through {@link #forSchema}, which makes the target's schema the session's default
 * before handing one out, and closing one gives it back. The pool never holds more than the fleet's
 * parallel runs use at once; {@link #close()} closes them all.
 */
public final class ServerPool implements AutoCloseable {
  /** The SQL standard's SQLSTATE for a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final ConnectionFactory factory;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final Object creating = new Object();
  private Dialect dialect;
  private boolean closed;

  public ServerPool(ConnectionFactory factory) {
    this.factory = factory;
  }

  /** The first column of every row of a query on the configured database. */
  public List<String> query(String sql) {
    Connection connection = take();
    boolean healthy = false;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      healthy = true;
      return values;
    } catch (SQLException e) {
      throw new MigrateException("The targets query failed: " + e.getMessage(), e);
    } finally {
      give(connection, healthy);
    }
  }

  /** The server's dialect, detected on a pooled connection. */
  public Dialect dialect() {
    Connection connection = take();
    boolean healthy = false;
    try {
      Dialect detected = dialect(connection);
      healthy = true;
      return detected;
    } finally {
      give(connection, healthy);
    }
  }

  /**
   * A data source over the pool whose connections use {@code schema} by default; {@code create}
   * also creates the schema where it is missing (once, before the first connection).
   */
  public DataSource forSchema(String schema, boolean create) {
    return new SchemaSource(schema, create);
  }

  private synchronized Connection take() {
    if (closed) {
      throw new IllegalStateException("the fleet's connection pool is closed");
    }
    Connection connection = idle.poll();
    return connection != null ? connection : factory.open();
  }

  private void give(Connection connection, boolean healthy) {
    boolean keep = healthy;
    if (keep) {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        keep = false;
      }
    }
    synchronized (this) {
      if (keep && !closed) {
        idle.push(connection);
        return;
      }
    }
    closeQuietly(connection);
  }

  private synchronized Dialect dialect(Connection connection) {
    if (dialect == null) {
      dialect = Databases.detect(connection);
    }
    return dialect;
  }

  /** Closes every idle connection; borrowed ones close when they are given back. */
  @Override
  public void close() {
    List<Connection> open;
    synchronized (this) {
      closed = true;
      open = new ArrayList<>(idle);
      idle.clear();
    }
    open.forEach(ServerPool::closeQuietly);
    factory.close();
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // a connection that cannot close is gone already
    }
  }

  /** One target's view of the pool. */
  private final class SchemaSource implements DataSource {
    private final String schema;
    private final boolean creates;
    private boolean create;

    SchemaSource(String schema, boolean create) {
      this.schema = schema;
      this.creates = create;
      this.create = create;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = take();
      try (Statement statement = connection.createStatement()) {
        Dialect dialect = dialect(connection);
        // One creation at a time across the pool: H2 times out on its catalog lock when several
        // sessions create schemas at once, and a schema is created once per target anyway.
        synchronized (creating) {
          if (create) {
            Optional<String> createSchema = dialect.createSchemaIfMissing(dialect.quote(schema));
            if (createSchema.isPresent()) {
              createConcurrently(connection, statement, createSchema.get());
            }
            create = false;
          }
        }
        statement.execute(dialect.useSchema(schema));
      } catch (SQLException e) {
        give(connection, false);
        // Thrown as an SQLException it would read as an unreachable server, which is retryable;
        // a schema the server refuses (missing, not allowed) fails the same way on every retry.
        throw new MigrateException(
            "Cannot make schema "
                + schema
                + " the session's default: "
                + e.getMessage()
                + (creates ? "" : " (only upgrade, downgrade and stamp create a missing schema)"),
            e);
      } catch (RuntimeException e) {
        give(connection, false);
        throw e;
      }
      return borrowed(connection);
    }

    /**
     * Creates the schema, tolerating another runner (a twin shard in another process) that created
     * it between {@code IF NOT EXISTS}'s check and its insert: PostgreSQL then reports a unique
     * violation, though the schema is there as wanted.
     */
    private static void createConcurrently(Connection connection, Statement statement, String sql)
        throws SQLException {
      try {
        statement.execute(sql);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
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
  }

  /** The connection as a borrower sees it: closing gives it back (once), the rest passes on. */
  private Connection borrowed(Connection connection) {
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close":
                  if (!returned[0]) {
                    returned[0] = true;
                    give(connection, !connection.isClosed());
                  }
                  return null;
                case "isClosed":
                  return returned[0] || connection.isClosed();
                case "equals":
                  return proxy == args[0];
                case "hashCode":
                  return System.identityHashCode(proxy);
                default:
                  return invoke(connection, method, args);
              }
            });
  }

  private static Object invoke(Connection connection, Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
