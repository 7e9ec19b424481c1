package dev.migrate.cli;

import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.common.Reporter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's two streams. Results go to stdout; errors, warnings and debug output to stderr. Every
 * line on stderr, and every progress line, has URLs masked and the configured passwords replaced,
 * whatever produced it.
 */
final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final List<String> secrets = new ArrayList<>();
  private boolean debug;

  Console(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  void debug(boolean enabled) {
    this.debug = enabled;
  }

  boolean debugEnabled() {
    return debug;
  }

  /** Adds a value that must never be printed (a password, the password part of a URL). */
  void secret(String value) {
    if (value != null && !value.isEmpty() && !secrets.contains(value)) {
      secrets.add(value);
    }
  }

  /** A result line on stdout. */
  void line(String text) {
    out.println(text);
  }

  /** Raw text on stdout, e.g. rendered SQL; not masked, since it is data the user asked for. */
  void print(String text) {
    out.print(text);
    out.flush();
  }

  /** A progress line; on stderr when stdout carries data that must stay clean. */
  void progress(String text, boolean toStderr) {
    PrintStream stream = toStderr ? err : out;
    stream.println(clean(text));
    stream.flush();
  }

  void error(String text) {
    out.flush();
    err.println(clean(text));
    err.flush();
  }

  void warn(String text) {
    err.println("WARNING: " + clean(text));
    err.flush();
  }

  void debugLine(String text) {
    if (debug) {
      err.println("DEBUG: " + clean(text));
      err.flush();
    }
  }

  /** The stack trace of a failure, masked like every other line, when {@code --debug} is on. */
  void stackTrace(Throwable failure) {
    if (debug) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      err.print(clean(trace.toString()));
      err.flush();
    }
  }

  void flush() {
    out.flush();
    err.flush();
  }

  /** The engine's progress as console lines; info on stderr when stdout carries SQL. */
  Reporter reporter(boolean infoToStderr) {
    return new Reporter() {
      @Override
      public void info(String message) {
        progress(message, infoToStderr);
      }

      @Override
      public void warn(String message) {
        Console.this.warn(message);
      }

      @Override
      public void debug(String message) {
        debugLine(message);
      }
    };
  }

  String clean(String text) {
    String masked = PasswordMasker.mask(text);
    for (String secret : secrets) {
      masked = PasswordMasker.mask(masked, secret);
    }
    return masked;
  }
}
