package dev.migrate.engine.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts separate JVMs on the test classpath, for tests that need real processes (concurrent
 * runners, a runner killed with SIGKILL).
 */
public final class TestClasspath {
  private TestClasspath() {}

  /**
   * The test classpath: surefire's {@code surefire.test.class.path}, else {@code java.class.path}.
   */
  public static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  /** A process builder for {@code java -cp <test classpath> mainClass args...}. */
  public static ProcessBuilder java(Class<?> mainClass, List<String> args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(classpath());
    command.add(mainClass.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CLASSPATH", "");
    return builder;
  }

  /** Starts the process with stderr merged into stdout, written to {@code log}. */
  public static Process start(Class<?> mainClass, List<String> args, Path log) throws IOException {
    return java(mainClass, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
