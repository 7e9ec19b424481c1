package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;

/**
 * A script that cannot be loaded or run as written: a bad header, a misplaced section marker, an
 * unsplittable statement, or a downgrade the script does not provide. The message starts with the
 * file and, where one applies, the line.
 */
public final class ScriptException extends MigrateException {
  private final String file;
  private final int line;

  public ScriptException(String file, int line, String problem) {
    this(file, line, problem, null);
  }

  public ScriptException(String file, int line, String problem, Throwable cause) {
    super((line > 0 ? file + ", line " + line + ": " : file + ": ") + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** The script, as shown to the user ({@code classpath:db/migrations/x.sql} or a path). */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
