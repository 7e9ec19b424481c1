package dev.migrate.engine.runtime;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.sql.Statement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Executes statements on one connection. Version and history rows go as one batch per step.
 *
 * <p>Pipelined (PostgreSQL): inside a transaction, statements that return no rows are queued and
 * sent as one batch together with the step's bookkeeping and its COMMIT, so a one-statement
 * revision costs one round trip. The queue is flushed before anything else touches the connection
 * (a Java migration gets a connection that flushes first), so order and visibility are unchanged.
 */
final class JdbcSink implements ExecutionSink {
  private record Pending(Statement statement, int expectedRows, String mismatch) {}

  private static final int MAX_QUEUE = 200;
  private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");
  private final Connection connection;
  private final Connection guarded;
  private final java.sql.Statement jdbc;
  private final boolean pipelined;
  private final Reporter reporter;
  private final List<Pending> queue = new ArrayList<>();
  private boolean batching;

  /**
   * @param reporter where the server's notices and warnings to the scripts' statements go ({@code
   *     RAISE NOTICE}, MariaDB's warnings), as {@code Server: ...} lines
   */
  JdbcSink(Connection connection, boolean pipelined, Reporter reporter) {
    this.connection = connection;
    this.pipelined = pipelined;
    this.reporter = reporter;
    this.guarded = pipelined ? flushingProxy(connection) : connection;
    try {
      this.jdbc = connection.createStatement();
    } catch (SQLException e) {
      throw new MigrateException("Could not create a statement: " + e.getMessage(), e);
    }
  }

  @Override
  public void execute(Statement statement) {
    executeExpecting(statement, -1, null);
  }

  @Override
  public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
    Pending pending = new Pending(statement, expectedRows, mismatch);
    if (batching || (pipelined && inTransaction() && returnsNoRows(statement.sql()))) {
      queue.add(pending);
      if (!batching && queue.size() >= MAX_QUEUE) {
        flush();
      }
      return;
    }
    flush();
    try {
      jdbc.execute(statement.sql());
      if (expectedRows >= 0) {
        checkCount(jdbc.getUpdateCount(), expectedRows, mismatch);
      }
      reportServerMessages();
    } catch (SQLException e) {
      reportServerMessages();
      throw new StatementFailedException(statement, message(e), e);
    }
  }

  /**
   * Passes on what the server said besides the result ({@code RAISE NOTICE}, warnings): a script's
   * author put it there for whoever runs the migration. SQLSTATE class 01 is a warning.
   */
  private void reportServerMessages() {
    try {
      for (SQLWarning warning = jdbc.getWarnings();
          warning != null;
          warning = warning.getNextWarning()) {
        String state = warning.getSQLState();
        if (state != null && state.startsWith("01")) {
          reporter.warn("Server: " + warning.getMessage());
        } else {
          reporter.info("Server: " + warning.getMessage());
        }
      }
      jdbc.clearWarnings();
    } catch (SQLException e) {
      // the connection is gone; the statement's own failure says so
    }
  }

  @Override
  public void bookkeeping(Runnable emit) {
    batching = true;
    try {
      emit.run();
    } finally {
      batching = false;
    }
    if (!pipelined || !inTransaction()) {
      flush();
    }
  }

  /** Sends the queued statements now, as one batch, and checks the expected row counts. */
  @Override
  public void flush() {
    flush(false);
  }

  private void flush(boolean withCommit) {
    if (queue.isEmpty() && !withCommit) {
      return;
    }
    List<Pending> sent = List.copyOf(queue);
    queue.clear();
    try {
      for (Pending pending : sent) {
        jdbc.addBatch(pending.statement().sql());
      }
      if (withCommit) {
        // The driver follows the server's transaction state, so a COMMIT sent in the batch ends
        // the transaction and the next statement begins a new one.
        jdbc.addBatch("COMMIT");
      }
      int[] counts = jdbc.executeBatch();
      reportServerMessages();
      for (int i = 0; i < sent.size() && i < counts.length; i++) {
        Pending pending = sent.get(i);
        if (pending.expectedRows() >= 0 && counts[i] >= 0) {
          checkCount(counts[i], pending.expectedRows(), pending.mismatch());
        }
      }
    } catch (BatchUpdateException e) {
      reportServerMessages();
      throw new StatementFailedException(failedOf(sent, e), message(e), e);
    } catch (SQLException e) {
      throw new StatementFailedException(
          sent.isEmpty() ? Statement.generated("COMMIT") : sent.get(0).statement(), message(e), e);
    } finally {
      try {
        jdbc.clearBatch();
      } catch (SQLException e) {
        // the next batch starts clean or fails on its own
      }
    }
  }

  private static Statement failedOf(List<Pending> sent, BatchUpdateException e) {
    // PostgreSQL's driver names the entry in its message; others mark it in the counts.
    var entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
    if (entry.find()) {
      int index = Integer.parseInt(entry.group(1));
      return index < sent.size() ? sent.get(index).statement() : Statement.generated("COMMIT");
    }
    int[] counts = e.getUpdateCounts() == null ? new int[0] : e.getUpdateCounts();
    int failed = counts.length;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == java.sql.Statement.EXECUTE_FAILED) {
        failed = i;
        break;
      }
    }
    return failed < sent.size() ? sent.get(failed).statement() : Statement.generated("COMMIT");
  }

  @Override
  public void begin() {
    try {
      if (connection.getAutoCommit()) {
        flush();
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not begin a transaction: " + message(e), e);
    }
  }

  @Override
  public void commit() {
    try {
      if (pipelined && inTransaction()) {
        flush(true);
      } else {
        flush();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new MigrateException("Commit failed: " + message(e), e);
    }
  }

  @Override
  public void rollback() {
    queue.clear();
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new MigrateException("Rollback failed: " + message(e), e);
    }
  }

  @Override
  public void autocommit() {
    try {
      if (!connection.getAutoCommit()) {
        flush();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new MigrateException("Could not switch to autocommit: " + message(e), e);
    }
  }

  @Override
  public void comment(String text) {}

  @Override
  public boolean executes() {
    return true;
  }

  @Override
  public Optional<Connection> connection() {
    return Optional.of(guarded);
  }

  private boolean inTransaction() {
    try {
      return !connection.getAutoCommit();
    } catch (SQLException e) {
      return false;
    }
  }

  /** Statements that may return rows cannot go into a batch. */
  private static boolean returnsNoRows(String sql) {
    String head = sql.stripLeading();
    int end = 0;
    while (end < head.length() && Character.isLetter(head.charAt(end))) {
      end++;
    }
    String keyword = head.substring(0, end).toUpperCase(Locale.ROOT);
    return switch (keyword) {
      case "CREATE",
          "ALTER",
          "DROP",
          "INSERT",
          "UPDATE",
          "DELETE",
          "COMMENT",
          "GRANT",
          "REVOKE",
          "TRUNCATE",
          "DO" ->
          !head.toUpperCase(Locale.ROOT).contains("RETURNING");
      default -> false;
    };
  }

  private Connection flushingProxy(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              flush();
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static void checkCount(int found, int expected, String mismatch) {
    if (found != expected) {
      throw new MigrateException(mismatch + "; " + found + " found");
    }
  }

  static String message(SQLException e) {
    SQLException next = e.getNextException();
    if (e instanceof BatchUpdateException && next != null && next.getMessage() != null) {
      return next.getMessage().trim();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
    if (next != null && next.getMessage() != null && !text.contains(next.getMessage())) {
      text = text + " (" + next.getMessage().trim() + ")";
    }
    return text;
  }
}
