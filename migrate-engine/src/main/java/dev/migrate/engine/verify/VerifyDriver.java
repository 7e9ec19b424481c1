package dev.migrate.engine.verify;

import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.schema.DatabaseSchema;
import java.util.List;

/**
 * What {@link Verifier} needs: the scripts' graph and plans, and a way to move one scratch database
 * step by step and look at it. The facade implements it over the runtime; the verifier itself knows
 * no connection, no file and no runtime class.
 */
public interface VerifyDriver {

  /** The heads of the scripts, in load order. */
  List<Revision> heads();

  /** Every revision of the scripts, in load order. */
  List<Revision> revisions();

  /** The plan from an empty database to every head. */
  Plan upgradeFromBase();

  /** The plan from the scratch database's version rows now down to an empty database. */
  Plan downgradeToBase();

  /** False when the revision's script has no downgrade section. */
  boolean hasDowngrade(Revision revision);

  /**
   * Runs one step (its script and its version-row changes) against the scratch database; throws a
   * {@link dev.migrate.engine.common.MigrateException} with the database's message when it fails.
   */
  void run(Step step);

  /** The scratch database's schema now, without migrate's own tables. */
  DatabaseSchema snapshot();
}
