package dev.migrate.engine.runtime;

import dev.migrate.engine.api.error.MissingDowngradeException;
import dev.migrate.engine.api.error.NeedsNoTransactionException;
import dev.migrate.engine.api.error.NonTransactionalInRunException;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.SqlMigration;
import dev.migrate.engine.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a plan must pass before its first statement runs, online and offline alike: one transaction
 * for the run holds no non-transactional revision, every downgrade step has a downgrade, every
 * script the plan runs splits in the database's syntax, and no transactional script holds a
 * statement the database refuses inside a transaction. A run that would stop half-way for any of
 * these reasons stops here, having run nothing.
 */
final class PlanCheck {
  private PlanCheck() {}

  static void require(
      List<Step> steps,
      Function<Step, Migration> migrationOf,
      TransactionPolicy policy,
      Dialect dialect) {
    List<String> noDowngrade = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (Step step : steps) {
      Migration migration = migrationOf.apply(step);
      if (migration == null) {
        continue;
      }
      if (policy.sharesOneTransaction() && !migration.transactional()) {
        throw new NonTransactionalInRunException(
            migration.revision().id(), migration.revision().source());
      }
      if (step.direction() == Direction.DOWNGRADE && !migration.hasDowngrade()) {
        noDowngrade.add(migration.revision().id());
        files.add(migration.revision().source());
      }
    }
    if (!noDowngrade.isEmpty()) {
      throw new MissingDowngradeException(noDowngrade, files);
    }
    for (Step step : steps) {
      if (migrationOf.apply(step) instanceof SqlMigration sql) {
        SqlMigration.Split split = sql.requireSplittable(dialect.syntax());
        if (sql.transactional()) {
          requireTransactional(
              sql,
              step.direction() == Direction.DOWNGRADE ? split.downgrade() : split.upgrade(),
              dialect);
        }
      }
    }
  }

  /** Every statement of the step's section can run inside the script's transaction. */
  private static void requireTransactional(
      SqlMigration sql, List<Statement> statements, Dialect dialect) {
    for (Statement statement : statements) {
      Optional<String> refused = dialect.nonTransactional(statement.sql());
      if (refused.isPresent()) {
        throw new NeedsNoTransactionException(
            sql.revision().id(), sql.file(), statement.line(), refused.get());
      }
    }
  }
}
