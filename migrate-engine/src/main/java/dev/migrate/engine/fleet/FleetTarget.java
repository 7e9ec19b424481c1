package dev.migrate.engine.fleet;

import dev.migrate.engine.common.PasswordMasker;

/**
 * One target of a fleet.
 *
 * @param name how lines and reports name it, and the value of {@code ${tenant}} in scripts
 * @param url the target's own database URL, or null for a schema of the configured database
 * @param schema the target's schema on the configured database, or null for a URL target
 */
public record FleetTarget(String name, String url, String schema) {

  /** A schema of the configured database. */
  public static FleetTarget schema(String schema) {
    return new FleetTarget(schema, null, schema);
  }

  /** A database of its own, named by its value (a {@code {tenant}}) or its masked URL. */
  public static FleetTarget database(String name, String url) {
    return new FleetTarget(name, url, null);
  }

  /** A target given as a URL, named by the URL with its password masked. */
  public static FleetTarget url(String url) {
    return new FleetTarget(PasswordMasker.mask(url), url, null);
  }

  /** True for a schema of the configured database. */
  public boolean isSchema() {
    return schema != null;
  }
}
