package dev.migrate.engine.script;

import java.util.List;

/**
 * One kind of migration (SQL scripts, Java classes) found at a location. Sources return nothing for
 * a location that holds none of their kind; the {@link MigrationLoader} decides whether an empty
 * location is an error.
 */
public interface MigrationSource {
  /** The migrations of this kind at {@code location}, in load order. */
  List<Migration> load(Location location, ClassLoader classLoader);

  /** What this source looks for, for the message about an empty location. */
  String describe();
}
