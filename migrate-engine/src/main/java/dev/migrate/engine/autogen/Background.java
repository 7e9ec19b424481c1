package dev.migrate.engine.autogen;

import dev.migrate.engine.common.MigrateException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Work on a thread of its own, joined later: the model's schema is built on one scratch database
 * while the scripts run on the other, each side mostly waiting for its own server process. The work
 * delivers its result and may go on cleaning up (dropping its scratch database) while the caller
 * uses it; {@link #close()} waits for all of it, so nothing outlives the command, even one that
 * failed early.
 */
final class Background<T> implements AutoCloseable {
  /**
   * Work that hands its result to {@code deliver}, then may clean up; clean-up that should wait for
   * the caller's own calls {@code held.run()} first, which returns once {@link #release()} is
   * called.
   */
  @FunctionalInterface
  interface Work<T> {
    void run(Consumer<T> deliver, Runnable held) throws Exception;
  }

  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final Thread thread;

  Background(String name, Work<T> work) {
    thread =
        new Thread(
            () -> {
              try {
                work.run(result::complete, this::awaitRelease);
                result.completeExceptionally(
                    new IllegalStateException(name + " delivered nothing"));
              } catch (Exception | Error e) {
                // After delivery, a failed clean-up has been reported where it happened.
                result.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The work's result, or the exception it threw, as it threw it. */
  T join() {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrateException("Interrupted while waiting for " + thread.getName(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new MigrateException(String.valueOf(cause.getMessage()), cause);
    }
  }

  /** A resource whose closing lets held clean-up go on, as the caller's own begins. */
  interface Release extends AutoCloseable {
    @Override
    void close();
  }

  /** Declared after the caller's resources, it releases held clean-up before they close. */
  Release releasing() {
    return this::release;
  }

  /** Lets held clean-up go on. */
  void release() {
    released.countDown();
  }

  private void awaitRelease() {
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases held clean-up and waits for the work to end. */
  @Override
  public void close() {
    release();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
