package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.error.MigrationFailedException;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run-time guard on real servers: another session holds the table the revision alters; the
 * revision gives up after statementLockTimeout instead of queueing behind it (and making every
 * later query queue too), is rolled back, and is tried again lockRetries times.
 */
class LockGuardTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aRevisionThatTimesOutIsRetriedAndSucceedsOnceTheOtherSessionLetsGo(String database)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(database);
        Connection blocker = holdingOrders(db)) {
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      Migrator migrator = migrator(db, 3, lines);
      CompletableFuture<Void> release =
          CompletableFuture.runAsync(
              () -> commit(blocker),
              CompletableFuture.delayedExecutor(1200, TimeUnit.MILLISECONDS));

      migrator.upgrade("heads");
      release.join();

      assertThat(lines).anyMatch(line -> line.startsWith("WARN Revision a1 gave up waiting"));
      assertThat(lines).anyMatch(line -> line.contains("Retry 1 of 3"));
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("a1");
      assertThat(db.number("SELECT COUNT(note) FROM orders")).isZero();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE revision = 'a1'"))
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void aRevisionThatKeepsTimingOutFailsNamingTheRevisionStatementAndHolder(String database)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(database);
        Connection blocker = holdingOrders(db)) {
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      Migrator migrator = migrator(db, 1, lines);
      long start = System.nanoTime();

      assertThatThrownBy(() -> migrator.upgrade("heads"))
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageContaining("revision a1")
          .hasMessageContaining(database.equals("postgresql") ? "statement 2" : "statement 1")
          .hasMessageContaining("gave up after 2 attempts")
          .hasMessageContaining(database.equals("postgresql") ? "held by pid" : "held by")
          .message()
          .doesNotContain("partly applied");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
      assertThat(lines).filteredOn(line -> line.contains("Retry")).hasSize(1);
      commit(blocker);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE success")).isZero();
      assertThat(db.tableExists("orders_audit")).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void renderedSqlSetsTheTimeoutAsAnOnlineRunDoes(String database) {
    new Scripts(dir).table("a1", null, null);
    String sql =
        Migrator.create(
                dev.migrate.engine.api.MigrateConfig.builder()
                    .locations("filesystem:" + dir)
                    .dialect(database)
                    .statementLockTimeout(Duration.ofSeconds(5))
                    .build())
            .upgradeSql("base:heads");
    assertThat(sql)
        .contains(
            database.equals("postgresql")
                ? "SET lock_timeout = '5000ms';"
                : "SET SESSION lock_wait_timeout = 5;");
    assertThat(sql.indexOf("lock_")).isLessThan(sql.indexOf("CREATE TABLE t_a1"));
  }

  /**
   * One revision: a statement that only a rollback can undo on PostgreSQL, then the ALTER of the
   * held table; on MariaDB, whose DDL commits by itself, the ALTER comes first, so that a timeout
   * leaves nothing applied there too.
   */
  private Migrator migrator(TestDatabase db, int retries, List<String> lines) {
    Scripts scripts = new Scripts(dir);
    boolean transactionalDdl = db.dialect().transactionalDdl();
    String alter = "ALTER TABLE orders ADD COLUMN note VARCHAR(20);";
    String create = "CREATE TABLE orders_audit (id INT);";
    scripts.write(
        "a1",
        null,
        null,
        transactionalDdl ? create + "\n" + alter : alter + "\n" + create,
        "DROP TABLE orders_audit;");
    return Migrator.create(
        db.config()
            .locations("filesystem:" + dir)
            .statementLockTimeout(Duration.ofMillis(transactionalDdl ? 500 : 1000))
            .lockRetries(retries)
            .reporter(Reporters.into(lines))
            .build());
  }

  /** A session with an open transaction that read orders: it holds the table until it ends. */
  private static Connection holdingOrders(TestDatabase db) throws Exception {
    db.execute("CREATE TABLE orders (id INT PRIMARY KEY)", "INSERT INTO orders VALUES (1)");
    Connection blocker = db.connect();
    blocker.setAutoCommit(false);
    try (Statement s = blocker.createStatement()) {
      s.executeQuery("SELECT * FROM orders").close();
    }
    return blocker;
  }

  private static void commit(Connection blocker) {
    try {
      blocker.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
