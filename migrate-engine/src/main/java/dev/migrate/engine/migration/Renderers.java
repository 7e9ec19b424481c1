package dev.migrate.engine.migration;

import dev.migrate.engine.database.StatementRenderer;

/**
 * The renderers this package holds, for the database packages that choose among them. Internal:
 * public only because the database packages live elsewhere; each renderer can move into its
 * database's package once the renderer contract leaves {@code migration}.
 */
public final class Renderers {
  private Renderers() {}

  public static StatementRenderer postgres() {
    return new PostgresRenderer();
  }

  public static StatementRenderer mariaDb() {
    return new MariaDbRenderer();
  }

  /** H2's renderer, folding names to lower case ({@code DATABASE_TO_LOWER}) or upper case. */
  public static StatementRenderer h2(boolean foldToLower) {
    return new H2Renderer(foldToLower);
  }
}
