package dev.migrate.engine.fleet;

import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.common.Reporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one piece of work per target on at most {@code parallel} threads, prints each target's line
 * as it finishes, and returns the results in target order. A target's failure is its result, not
 * the run's: the others go on, unless {@code failFast} stops the targets not yet started.
 */
public final class FleetRunner {
  private final int parallel;
  private final boolean failFast;
  private final Reporter reporter;

  /**
   * @param reporter receives the lines from several threads; this runner serialises them
   */
  public FleetRunner(int parallel, boolean failFast, Reporter reporter) {
    this.parallel = parallel;
    this.failFast = failFast;
    this.reporter = reporter;
  }

  /** One target's work: its result, or an exception that becomes a failed result. */
  public interface Work {
    TargetResult run(FleetTarget target);
  }

  /** Runs the work over the targets. */
  public List<TargetResult> run(List<FleetTarget> targets, Work work) {
    if (targets.isEmpty()) {
      return List.of();
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger threads = new AtomicInteger();
    int size = Math.min(parallel, targets.size());
    ExecutorService executor =
        Executors.newFixedThreadPool(
            size,
            task -> {
              Thread thread = new Thread(task, "migrate-fleet-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<TargetResult>> futures = new ArrayList<>();
      for (FleetTarget target : targets) {
        futures.add(executor.submit(() -> one(target, work, stop)));
      }
      List<TargetResult> results = new ArrayList<>();
      for (Future<TargetResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the fleet ran", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  private TargetResult one(FleetTarget target, Work work, AtomicBoolean stop) {
    TargetResult result;
    if (stop.get()) {
      result =
          new TargetResult(
              target.name(),
              TargetResult.Outcome.NOT_RUN,
              List.of(),
              "an earlier target failed and failFast is set",
              null,
              Duration.ZERO);
    } else {
      long start = System.nanoTime();
      try {
        result = work.run(target);
      } catch (RuntimeException e) {
        result =
            new TargetResult(
                target.name(),
                TargetResult.Outcome.FAILED,
                List.of(),
                "",
                Failures.of(e),
                Duration.ofNanos(System.nanoTime() - start));
      }
      if (result.outcome() == TargetResult.Outcome.FAILED && failFast) {
        stop.set(true);
      }
    }
    synchronized (reporter) {
      if (result.outcome() == TargetResult.Outcome.FAILED) {
        reporter.warn(result.line());
      } else {
        reporter.info(result.line());
      }
    }
    return result;
  }
}
