package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/**
 * A command that needs a target (or, offline, a range) was given none. The one wording of "needs a
 * target" for every front end.
 */
public final class MissingTargetException extends MigrateException {
  private final String command;

  private MissingTargetException(String command, String message) {
    super(message);
    this.command = command;
  }

  /** {@code downgrade} without a target. */
  public static MissingTargetException downgrade() {
    return new MissingTargetException(
        "downgrade",
        "downgrade needs a target: -1 (one step), base (everything), a revision or"
            + " BRANCH@revision");
  }

  /** {@code downgrade --sql} without a target or range. */
  public static MissingTargetException downgradeSql() {
    return new MissingTargetException(
        "downgrade --sql",
        "downgrade --sql needs a target or, offline, a START:END range such as heads:base");
  }

  /** {@code stamp} without a revision. */
  public static MissingTargetException stamp() {
    return new MissingTargetException(
        "stamp", "stamp needs at least one target: heads, base or revision ids");
  }

  /** The command that was missing its target, as typed: {@code downgrade}, {@code stamp}... */
  public String command() {
    return command;
  }
}
