package dev.migrate.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one benchmark scenario: {@code java -jar migrate-bench/target/migrate-bench.jar graph}.
 * Benchmarks print figures; they never fail a build.
 */
public final class Main {
  private Main() {}

  /** A scenario takes the arguments after its name. */
  interface Scenario {
    void run(String[] args) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Scenario> scenarios = new TreeMap<>();
    scenarios.put("graph", GraphBenchmark::run);
    if (args.length == 0 || !scenarios.containsKey(args[0])) {
      System.err.println("usage: java -jar migrate-bench.jar SCENARIO [ARGS]");
      System.err.println("scenarios: " + String.join(", ", scenarios.keySet()));
      System.exit(2);
    }
    scenarios.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
  }
}
