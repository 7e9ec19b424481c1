package dev.migrate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Times work in this JVM. Memory is the peak of heap use above what was live after a collection
 * just before the run: the sum of the heap pools' peaks, so an upper bound of the run's own need.
 */
final class InProcess {
  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  private InProcess() {}

  static Sample measure(Work work) throws Exception {
    System.gc();
    long baseline = 0;
    for (MemoryPoolMXBean pool : HEAP) {
      baseline += pool.getUsage().getUsed();
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : HEAP) {
      peak += pool.getPeakUsage().getUsed();
    }
    return new Sample(seconds, Math.max(0, peak - baseline));
  }

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }
}
