package dev.migrate.spring.boot;

import java.util.List;
import javax.sql.DataSource;

/**
 * Every DataSource the starter migrates, in order; the bean the endpoint, the health contributor
 * and Hibernate's schema-management question read.
 */
public final class MigrateTargets {
  private final List<MigrateTarget> targets;

  public MigrateTargets(List<MigrateTarget> targets) {
    this.targets = List.copyOf(targets);
  }

  public List<MigrateTarget> all() {
    return targets;
  }

  /** True when this DataSource's schema is migrated here (so Hibernate must not create it). */
  public boolean manages(DataSource dataSource) {
    for (MigrateTarget target : targets) {
      if (target.dataSource().equals(dataSource)) {
        return true;
      }
    }
    return false;
  }
}
