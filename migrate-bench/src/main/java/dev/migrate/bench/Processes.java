package dev.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs whole processes under {@code /usr/bin/time}, which reports the maximum resident set. The
 * wall time is taken here around the process; output goes to a log file, never a pipe that could
 * fill.
 */
final class Processes {
  private static final Path TIME = Path.of("/usr/bin/time");

  private final Path logDir;

  Processes(Path logDir) {
    this.logDir = logDir;
  }

  Sample run(Path dir, Map<String, String> env, List<String> command) throws Exception {
    Files.createDirectories(logDir);
    Path log = logDir.resolve("last-process.log");
    Path rss = logDir.resolve("last-process.rss");
    List<String> full = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      full.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rss.toString()));
    }
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    int exit = pb.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(
          "exit " + exit + " from " + String.join(" ", command) + ": " + tail(log));
    }
    long peak = timed ? Long.parseLong(lastLine(rss)) * 1024 : 0;
    return new Sample(seconds, peak);
  }

  /** Runs a command that must succeed and returns its output (set-up steps, untimed). */
  static String check(Path dir, Map<String, String> env, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          "exit " + p.exitValue() + " from " + String.join(" ", command) + ":\n" + out);
    }
    return out;
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? "0" : lines.get(lines.size() - 1).trim();
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }
}
