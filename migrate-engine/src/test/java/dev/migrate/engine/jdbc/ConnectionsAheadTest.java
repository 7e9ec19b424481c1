package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.script.ScriptException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsAheadTest {
  @TempDir Path dir;

  @Test
  void handsOutTheConnectionsOpenedAheadInOrderThenOpensOnDemand() throws Exception {
    Recording source = new Recording(0, null);
    try (ConnectionFactory connections = ConnectionFactory.of(source).openingAhead(2);
        Connection first = connections.open();
        Connection second = connections.open();
        Connection third = connections.open()) {
      assertThat(source.threads)
          .containsExactly("migrate-connect", "migrate-connect", Thread.currentThread().getName());
      assertThat(List.of(first, second, third)).containsExactlyElementsOf(source.opened);
    }
  }

  @Test
  void aFailureReachesTheCallerThatTakesThatConnectionAsIfOpenedThen() throws Exception {
    Recording source = new Recording(1, null);
    try (ConnectionFactory connections = ConnectionFactory.of(source).openingAhead(2)) {
      assertThatThrownBy(connections::open)
          .isInstanceOf(DatabaseUnavailableException.class)
          .hasMessageContaining("password authentication failed for user \"app\"");
      try (Connection next = connections.open()) {
        assertThat(next.isValid(1)).isTrue();
      }
      assertThat(source.threads)
          .containsExactly("migrate-connect", Thread.currentThread().getName());
    }
  }

  @Test
  void anErrorReachesTheCallerAndAfterACloseIsDroppedWithoutAWord() throws Exception {
    Recording broken = new Recording(0, null);
    broken.error = new NoClassDefFoundError("org/postgresql/core/QueryExecutor");
    try (ConnectionFactory connections = ConnectionFactory.of(broken).openingAhead(1)) {
      assertThatThrownBy(connections::open).isSameAs(broken.error);
    }

    List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try {
      Recording gone = new Recording(0, new CountDownLatch(1));
      gone.error = new NoClassDefFoundError("dev/migrate/engine/common/PasswordMasker");
      ConnectionFactory connections = openingOnceAsked(gone, 1);
      answerSoon(gone.server);
      connections.close();
      assertThat(gone.thrown.getCount()).isZero();
      assertThat(uncaught).isEmpty();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  @Test
  void closingWaitsForTheConnectionBeingOpenedAndClosesIt() throws Exception {
    Recording source = new Recording(0, new CountDownLatch(1));
    ConnectionFactory connections = openingOnceAsked(source, 2);
    answerSoon(source.server);
    connections.close();
    // The class loader may go right after the close: nothing of the thread's is left running.
    assertThat(source.opened).hasSize(1);
    assertThat(source.opened.get(0).isClosed()).isTrue();
  }

  @Test
  void closingWaitsBoundedlyForAServerThatDoesNotAnswer() throws Exception {
    Recording source = new Recording(0, new CountDownLatch(1));
    ConnectionFactory connections = openingOnceAsked(source, 1);
    long start = System.nanoTime();
    connections.close();
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(waited).isBetween(ConnectionsAhead.CLOSE_WAIT_MILLIS - 100, 20_000L);
    assertThat(source.opened).isEmpty();

    source.server.countDown();
    assertThat(source.finished.await(10, TimeUnit.SECONDS)).isTrue();
    Connection late = source.opened.get(0);
    for (int i = 0; i < 100 && !late.isClosed(); i++) {
      Thread.sleep(50);
    }
    assertThat(late.isClosed()).isTrue();
  }

  @Test
  void aBrokenScriptIsReportedAndTheConnectionOpenedMeanwhileClosed() throws Exception {
    Path scripts = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(scripts.resolve("broken.sql"), "-- migrate:upgrade\nSELECT 1;\n");
    CountDownLatch server = new CountDownLatch(1);
    Recording source = new Recording(0, server);
    Migrator migrator =
        Migrator.create(
            MigrateConfig.builder()
                .dataSource(source)
                .locations("filesystem:" + scripts)
                .baseDirectory(dir)
                .build());
    answerSoon(server);
    assertThatThrownBy(() -> migrator.upgrade("heads"))
        .isInstanceOf(ScriptException.class)
        .hasMessageContaining("broken.sql");
    // Under load the script can fail before the opener has asked: then nothing may be opened.
    // Once it has asked, the connection it gets must end up closed, not leaked.
    if (source.asked.getCount() == 0) {
      awaitTrue(() -> source.opened.size() == 1);
      awaitTrue(() -> source.opened.get(0).isClosed());
    } else {
      assertThat(source.opened).isEmpty();
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(Condition condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A factory opening {@code count} ahead from {@code source}, once its first call is waiting. */
  private static ConnectionFactory openingOnceAsked(Recording source, int count)
      throws InterruptedException {
    ConnectionFactory connections = ConnectionFactory.of(source).openingAhead(count);
    assertThat(source.asked.await(10, TimeUnit.SECONDS)).isTrue();
    return connections;
  }

  /** Lets the test's server answer a moment from now, while the caller is closing. */
  private static void answerSoon(CountDownLatch server) {
    Thread answer =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              server.countDown();
            });
    answer.setDaemon(true);
    answer.start();
  }

  /**
   * An H2 data source that records which thread opened each connection, fails its first {@code
   * failures} calls as a server refusing the password would, and holds every call until {@code
   * server} opens (when given), as an unreachable server would.
   */
  private static final class Recording implements DataSource {
    final List<String> threads = Collections.synchronizedList(new ArrayList<>());
    final List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch asked = new CountDownLatch(1);
    final CountDownLatch finished = new CountDownLatch(1);
    final CountDownLatch thrown = new CountDownLatch(1);
    volatile Error error;
    private final JdbcDataSource h2 = new JdbcDataSource();
    final CountDownLatch server;
    private int failures;

    Recording(int failures, CountDownLatch server) {
      this.failures = failures;
      this.server = server;
      h2.setURL("jdbc:h2:mem:ahead" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public Connection getConnection() throws SQLException {
      asked.countDown();
      try {
        if (server != null && !server.await(30, TimeUnit.SECONDS)) {
          throw new SQLException("the test server never answered");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted", e);
      }
      threads.add(Thread.currentThread().getName());
      if (error != null) {
        thrown.countDown();
        throw error;
      }
      synchronized (this) {
        if (failures > 0) {
          failures--;
          throw new SQLException("FATAL: password authentication failed for user \"app\"");
        }
      }
      Connection connection = h2.getConnection();
      opened.add(connection);
      finished.countDown();
      return connection;
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
    public Logger getParentLogger() {
      return Logger.getGlobal();
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
}
