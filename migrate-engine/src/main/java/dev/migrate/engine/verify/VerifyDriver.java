package dev.migrate.engine.verify;

import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.schema.DatabaseSchema;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

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

  /**
   * What a snapshot and {@link #roles()} compare, for the line that says so: object kinds ({@code
   * tables}, {@code grants on tables and columns} ...), and {@code not compared: ...} for what this
   * database cannot tell.
   */
  default List<String> compared() {
    return List.of();
  }

  /**
   * The roles and users that the run's steps created on the server and that exist now, as a person
   * names them ({@code role app_reader}, {@code user 'app'@'%'}): they live outside the scratch
   * database, so a snapshot does not hold them. Empty where the database keeps none outside it.
   */
  default SortedSet<String> roles() {
    return new TreeSet<>();
  }

  /**
   * Drops what the run created outside the scratch database (roles, users, and grants the server
   * keeps beside a database), so that the next run starts from the same server; returns one line
   * per object dropped.
   *
   * @throws dev.migrate.engine.common.MigrateException naming what could not be dropped
   */
  default List<String> cleanUp() {
    return List.of();
  }
}
