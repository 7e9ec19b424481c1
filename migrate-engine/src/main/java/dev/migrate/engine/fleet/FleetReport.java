package dev.migrate.engine.fleet;

import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.TargetFailure;
import dev.migrate.engine.api.TargetResult;
import dev.migrate.engine.common.MigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON report of a fleet run: the run's command, shard, counts and exit code, then one object
 * per target with its outcome, heads, detail, milliseconds and failure (revision, file, line,
 * message, retryable).
 */
public final class FleetReport {
  private FleetReport() {}

  /** Writes the report, creating its directory. */
  public static void write(FleetResult result, Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, json(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrateException("Cannot write the fleet report " + file + ": " + e, e);
    }
  }

  /** The report's text. */
  public static String json(FleetResult result) {
    StringBuilder out = new StringBuilder(256 + 160 * result.results().size());
    out.append("{\n  \"command\": ").append(string(result.command()));
    out.append(",\n  \"shardIndex\": ").append(result.shardIndex());
    out.append(",\n  \"shardCount\": ").append(result.shardCount());
    out.append(",\n  \"totalTargets\": ").append(result.totalTargets());
    out.append(",\n  \"elapsedMillis\": ").append(result.elapsed().toMillis());
    out.append(",\n  \"exitCode\": ").append(result.exitCode());
    out.append(",\n  \"counts\": {");
    TargetResult.Outcome[] outcomes = TargetResult.Outcome.values();
    for (int i = 0; i < outcomes.length; i++) {
      out.append(i == 0 ? "" : ", ")
          .append(string(outcomes[i].name()))
          .append(": ")
          .append(result.count(outcomes[i]));
    }
    out.append("},\n  \"targets\": [");
    List<TargetResult> results = result.results();
    for (int i = 0; i < results.size(); i++) {
      out.append(i == 0 ? "\n    " : ",\n    ").append(target(results.get(i)));
    }
    return out.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String target(TargetResult r) {
    StringBuilder out = new StringBuilder("{\"target\": ").append(string(r.target()));
    out.append(", \"outcome\": ").append(string(r.outcome().name()));
    out.append(", \"heads\": [");
    for (int i = 0; i < r.heads().size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(r.heads().get(i)));
    }
    out.append("], \"detail\": ").append(string(r.detail()));
    out.append(", \"elapsedMillis\": ").append(r.elapsed().toMillis());
    TargetFailure f = r.failure();
    if (f != null) {
      out.append(", \"failure\": {\"revision\": ").append(string(f.revision()));
      out.append(", \"file\": ").append(string(f.file()));
      out.append(", \"line\": ").append(f.line());
      out.append(", \"message\": ").append(string(f.message()));
      out.append(", \"retryable\": ").append(f.retryable()).append('}');
    }
    return out.append('}').toString();
  }

  private static String string(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
