package dev.migrate.engine.migration;

/**
 * A migration written in Java. Implementations carry {@link RevisionInfo}, have a public no-arg
 * constructor and live below a {@code classpath:} location, e.g. package {@code db.migrations} for
 * {@code classpath:db/migrations}. A fresh instance runs each step.
 *
 * <pre>{@code
 * @RevisionInfo(revision = "1975ea83b712", downRevision = "3abc3b73b4a9", message = "add users")
 * public class AddUsers implements JavaMigration {
 *   public void upgrade(Operations op) {
 *     op.createTable("users", Column.of("id", ColumnType.bigint()).identity().primaryKey());
 *   }
 *
 *   public void downgrade(Operations op) {
 *     op.dropTable("users");
 *   }
 * }
 * }</pre>
 */
public interface JavaMigration {
  /** Applies the revision. */
  void upgrade(Operations op);

  /**
   * Reverts the revision. Not overriding this means the revision cannot be downgraded, like a SQL
   * script without a downgrade section; the runtime then refuses before anything runs.
   */
  default void downgrade(Operations op) {
    throw new InvalidOperationException(
        getClass().getName() + " has no downgrade: override downgrade(Operations) to allow it");
  }
}
