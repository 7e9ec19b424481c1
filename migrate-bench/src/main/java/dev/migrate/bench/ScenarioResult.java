package dev.migrate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of one scenario, round by round. The first contender is ours, the reference of every
 * ratio. A contender that failed keeps its error and no further samples.
 */
final class ScenarioResult {
  private final String scenario;
  private final String note;
  private final List<String> names = new ArrayList<>();
  private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  ScenarioResult(String scenario, String note, List<String> names) {
    this.scenario = scenario;
    this.note = note;
    for (String name : names) {
      this.names.add(name);
      samples.put(name, new ArrayList<>());
    }
  }

  String scenario() {
    return scenario;
  }

  String note() {
    return note;
  }

  List<String> names() {
    return names;
  }

  void add(String name, Sample sample) {
    samples.get(name).add(sample);
  }

  void fail(String name, String message) {
    failures.put(name, message);
  }

  String failure(String name) {
    return failures.get(name);
  }

  List<Double> seconds(String name) {
    return samples.get(name).stream().map(Sample::seconds).toList();
  }

  double median(String name) {
    return Stats.median(seconds(name));
  }

  double peakMegabytes(String name) {
    return samples.get(name).stream().mapToLong(Sample::peakBytes).max().orElse(0) / 1048576.0;
  }

  /**
   * The median over rounds of first/other, pairing samples of the same round: the machine's speed
   * drifts, and a pair taken seconds apart shares its mood.
   */
  double pairedRatio(String reference, String other) {
    List<Sample> a = samples.get(reference);
    List<Sample> b = samples.get(other);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add(a.get(i).seconds() / b.get(i).seconds());
    }
    return Stats.median(ratios);
  }

  /** The median over rounds of first minus other, in seconds, paired as {@link #pairedRatio}. */
  double pairedDifference(String reference, String other) {
    List<Sample> a = samples.get(reference);
    List<Sample> b = samples.get(other);
    List<Double> differences = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      differences.add(a.get(i).seconds() - b.get(i).seconds());
    }
    return Stats.median(differences);
  }

  /** {@link #pairedRatio} of the sum of two contenders' samples of a round to another's. */
  double pairedRatio(String first, String second, String other) {
    List<Sample> a = samples.get(first);
    List<Sample> b = samples.get(second);
    List<Sample> c = samples.get(other);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(Math.min(a.size(), b.size()), c.size()); i++) {
      ratios.add((a.get(i).seconds() + b.get(i).seconds()) / c.get(i).seconds());
    }
    return Stats.median(ratios);
  }
}
