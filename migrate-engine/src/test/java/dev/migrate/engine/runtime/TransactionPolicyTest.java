package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.Statement;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where transactions open and commit, read off the calls a recording sink receives. */
class TransactionPolicyTest {

  @Test
  void perRevisionCommitsEachStep() {
    Recording sink = new Recording();
    TransactionPolicy policy = new TransactionPolicy(TransactionMode.PER_REVISION, postgres());
    policy.start(sink);
    step(policy, sink, true);
    step(policy, sink, true);
    policy.finish(sink);
    assertThat(sink.calls)
        .containsExactly("begin", "script", "rows", "commit", "begin", "script", "rows", "commit");
    assertThat(policy.databaseTimes(true)).isTrue();
    assertThat(policy.databaseTimes(false)).isFalse();
  }

  @Test
  void oneTransactionForTheRunIsFencedByANonTransactionalScript() {
    Recording sink = new Recording();
    TransactionPolicy policy = new TransactionPolicy(TransactionMode.ALL, postgres());
    policy.start(sink);
    step(policy, sink, true);
    step(policy, sink, false);
    step(policy, sink, true);
    policy.finish(sink);
    assertThat(sink.calls)
        .containsExactly(
            "begin",
            "script",
            "flush",
            "rows", // first step, in the run's transaction
            "commit",
            "autocommit",
            "script",
            "flush",
            "begin",
            "rows",
            "commit", // the fence
            "begin",
            "script",
            "flush",
            "rows",
            "commit"); // a new transaction to the end
    assertThat(policy.sharesOneTransaction()).isTrue();
    assertThat(policy.keepsPartialWork(true)).isFalse();
    assertThat(policy.keepsPartialWork(false)).isTrue();
  }

  @Test
  void withoutTransactionalDdlTheRunGoesPerRevision() {
    Recording sink = new Recording();
    TransactionPolicy policy =
        new TransactionPolicy(TransactionMode.ALL, Databases.forName("mariadb"));
    policy.start(sink);
    step(policy, sink, true);
    policy.finish(sink);
    assertThat(sink.calls).containsExactly("begin", "script", "rows", "commit");
    assertThat(policy.sharesOneTransaction()).isFalse();
    assertThat(policy.keepsPartialWork(true)).isTrue();
  }

  private static Dialect postgres() {
    return Databases.forName("postgresql");
  }

  /** One step as the runner drives it. */
  private static void step(TransactionPolicy policy, Recording sink, boolean transactional) {
    policy.beforeScript(sink, transactional);
    sink.calls.add("script");
    policy.afterScript(sink);
    policy.beforeBookkeeping(sink, transactional);
    sink.calls.add("rows");
    policy.afterStep(sink, transactional);
  }

  private static final class Recording implements ExecutionSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void execute(Statement statement) {
      calls.add(statement.sql());
    }

    @Override
    public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
      calls.add(statement.sql());
    }

    @Override
    public void begin() {
      calls.add("begin");
    }

    @Override
    public void commit() {
      calls.add("commit");
    }

    @Override
    public void rollback() {
      calls.add("rollback");
    }

    @Override
    public void autocommit() {
      calls.add("autocommit");
    }

    @Override
    public void flush() {
      calls.add("flush");
    }

    @Override
    public void comment(String text) {}

    @Override
    public void bookkeeping(Runnable emit) {
      emit.run();
    }

    @Override
    public boolean executes() {
      return true;
    }

    @Override
    public Optional<Connection> connection() {
      return Optional.empty();
    }
  }
}
