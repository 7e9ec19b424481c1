package dev.migrate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Median time of an action after warm-up runs, as wall clock and as the CPU time of the running
 * thread. On a shared, overloaded machine the wall clock mostly measures waiting for a core; the
 * thread CPU time is what the code itself costs.
 */
final class Timer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int warmups;
  private final int runs;

  Timer(int warmups, int runs) {
    this.warmups = warmups;
    this.runs = runs;
  }

  /** Medians in milliseconds. */
  record Result(double wall, double cpu) {}

  /** The action's result is kept alive so that the JIT cannot drop the work. */
  Result measure(Callable<?> action) throws Exception {
    Object sink = null;
    for (int i = 0; i < warmups; i++) {
      sink = action.call();
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      sink = action.call();
      wall[i] = (System.nanoTime() - start) / 1_000_000.0;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
    }
    if (sink == null) {
      throw new IllegalStateException("benchmark action returned nothing");
    }
    return new Result(median(wall), median(cpu));
  }

  private double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
