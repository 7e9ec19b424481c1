package dev.migrate.engine.runtime;

import dev.migrate.engine.graph.Plan;
import java.util.List;

/** Plans a command from the version rows read under the lock. */
@FunctionalInterface
public interface PlanSource {
  Plan plan(List<String> rows);
}
