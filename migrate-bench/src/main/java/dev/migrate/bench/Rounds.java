package dev.migrate.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs contenders alternately: in every round each contender runs once, the order rotating from
 * round to round so that nobody always follows the same neighbour. Warm-up rounds are not kept.
 */
final class Rounds {
  private final int warmups;
  private final int runs;
  private final PrintStream log;

  Rounds(int warmups, int runs, PrintStream log) {
    this.warmups = warmups;
    this.runs = runs;
    this.log = log;
  }

  /** How many rounds come first and are not kept. */
  int warmups() {
    return warmups;
  }

  ScenarioResult run(String scenario, String note, List<Contender> contenders) {
    ScenarioResult result =
        new ScenarioResult(scenario, note, contenders.stream().map(Contender::name).toList());
    List<Contender> alive = new ArrayList<>(contenders);
    for (int round = 0; round < warmups + runs && !alive.isEmpty(); round++) {
      boolean kept = round >= warmups;
      log.printf(
          "  %s: %s %d%n",
          scenario, kept ? "round" : "warm-up", kept ? round - warmups + 1 : round + 1);
      List<Contender> order = rotate(alive, round);
      List<Contender> prepared = new ArrayList<>();
      for (Contender c : order) {
        if (attempt(result, c, () -> c.prepare())) {
          prepared.add(c);
        }
      }
      for (Contender c : prepared) {
        Sample[] sample = new Sample[1];
        if (attempt(result, c, () -> sample[0] = c.run()) && kept) {
          result.add(c.name(), sample[0]);
          log.printf("    %-34s %8.3f s%n", c.name(), sample[0].seconds());
        }
      }
      for (Contender c : order) {
        attempt(result, c, () -> c.cleanup());
      }
      alive.removeIf(c -> result.failure(c.name()) != null);
    }
    return result;
  }

  private boolean attempt(ScenarioResult result, Contender c, Step step) {
    if (result.failure(c.name()) != null) {
      return false;
    }
    try {
      step.run();
      return true;
    } catch (Exception | Error e) {
      String message = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
      result.fail(c.name(), message);
      log.printf("    %-34s FAILED %s%n", c.name(), message);
      return false;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static List<Contender> rotate(List<Contender> list, int by) {
    List<Contender> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get((i + by) % list.size()));
    }
    return out;
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }
}
