package dev.migrate.engine.api;

import java.util.ArrayList;
import java.util.List;

/** Prints a {@link LintResult} as text, JSON or GitHub workflow commands. */
final class LintReport {
  private LintReport() {}

  static List<String> render(LintResult result, LintFormat format) {
    return switch (format) {
      case TEXT -> text(result);
      case JSON -> List.of(json(result));
      case GITHUB -> github(result);
    };
  }

  private static List<String> text(LintResult result) {
    List<String> lines = new ArrayList<>();
    String revision = null;
    for (LintFinding finding : result.findings()) {
      if (!finding.revision().equals(revision)) {
        revision = finding.revision();
        lines.add("Revision " + revision + " (" + finding.file() + ")");
      }
      lines.add("  " + finding.text());
      lines.add("      why: " + finding.why());
      lines.add("      instead: " + finding.instead());
    }
    lines.add(result.summary());
    return lines;
  }

  private static String json(LintResult result) {
    StringBuilder json = new StringBuilder("{\"revisions\":").append(result.revisions().size());
    json.append(",\"summary\":").append(quote(result.summary())).append(",\"findings\":[");
    String separator = "";
    for (LintFinding f : result.findings()) {
      json.append(separator).append('{');
      json.append("\"revision\":").append(quote(f.revision()));
      json.append(",\"file\":").append(quote(f.file()));
      json.append(",\"line\":").append(f.line());
      json.append(",\"column\":").append(f.column());
      json.append(",\"rule\":").append(quote(f.rule()));
      json.append(",\"severity\":").append(quote(f.severity().label()));
      json.append(",\"message\":").append(quote(f.message()));
      json.append(",\"why\":").append(quote(f.why()));
      json.append(",\"instead\":").append(quote(f.instead()));
      json.append('}');
      separator = ",";
    }
    return json.append("]}").toString();
  }

  private static List<String> github(LintResult result) {
    List<String> lines = new ArrayList<>();
    for (LintFinding f : result.findings()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
          };
      lines.add(
          "::"
              + command
              + " file="
              + property(f.file())
              + ",line="
              + f.line()
              + ",col="
              + f.column()
              + ",title="
              + property(f.rule())
              + "::"
              + data(f.message() + ". " + f.why() + ". Instead: " + f.instead()));
    }
    lines.add(result.summary());
    return lines;
  }

  // GitHub's escaping of workflow command data and properties.
  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
