package dev.migrate.engine.api.error;

import dev.migrate.engine.common.MigrateException;

/** Base of every error the revision graph raises: a bad graph, a bad target, an impossible plan. */
public class GraphException extends MigrateException {
  public GraphException(String message) {
    super(message);
  }
}
