package dev.migrate.bench;

import java.util.ArrayList;
import java.util.List;

/** The results as one Markdown table: medians, ranges, paired ratios to ours, peak memory. */
final class Report {
  private final List<ScenarioResult> results = new ArrayList<>();

  void add(ScenarioResult result) {
    results.add(result);
  }

  List<ScenarioResult> results() {
    return results;
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
        "| scenario | tool | median s | min-max s | ours/tool (paired median) | peak MB |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    for (ScenarioResult r : results) {
      String ours = r.names().get(0);
      boolean first = true;
      for (String name : r.names()) {
        String scenario = first ? r.scenario() : "";
        first = false;
        String failure = r.failure(name);
        if (failure != null && r.seconds(name).isEmpty()) {
          out.append(String.format("| %s | %s | failed: %s | | | |%n", scenario, name, failure));
          continue;
        }
        List<Double> s = r.seconds(name);
        String ratio =
            name.equals(ours) || r.seconds(ours).isEmpty()
                ? ""
                : String.format("%.2f", r.pairedRatio(ours, name));
        double mb = r.peakMegabytes(name);
        out.append(
            String.format(
                "| %s | %s | %.3f | %.3f-%.3f | %s | %s |%n",
                scenario,
                name,
                Stats.median(s),
                Stats.min(s),
                Stats.max(s),
                ratio,
                mb >= 1 ? String.format("%.0f", mb) : "<1"));
      }
    }
    return out.toString();
  }
}
