/**
 * Public API, the errors a caller handles: each is a {@link
 * dev.migrate.engine.common.MigrateException} with a message written for the user and the facts
 * behind it as accessors, so that front ends choose their hints and exit codes by type, never by
 * message text.
 *
 * <ul>
 *   <li>the revision graph and targets: {@link dev.migrate.engine.api.error.GraphException} and its
 *       family ({@link dev.migrate.engine.api.error.MultipleHeadsException}, {@link
 *       dev.migrate.engine.api.error.UnknownRevisionException}, {@link
 *       dev.migrate.engine.api.error.AmbiguousRevisionException}, {@link
 *       dev.migrate.engine.api.error.CycleException}, {@link
 *       dev.migrate.engine.api.error.InvalidTargetException}...), {@link
 *       dev.migrate.engine.api.error.MissingTargetException};
 *   <li>a run: {@link dev.migrate.engine.api.error.MigrationFailedException}, {@link
 *       dev.migrate.engine.api.error.UnresolvedFailureException}, {@link
 *       dev.migrate.engine.api.error.LockTimeoutException}, and the plans refused before their
 *       first statement ({@link dev.migrate.engine.api.error.MissingDowngradeException}, {@link
 *       dev.migrate.engine.api.error.NonTransactionalInRunException}, {@link
 *       dev.migrate.engine.api.error.EditedScriptsException});
 *   <li>the surroundings: {@link dev.migrate.engine.api.error.NoDatabaseException}, {@link
 *       dev.migrate.engine.api.error.DatabaseUnavailableException}, {@link
 *       dev.migrate.engine.api.error.DialectRequiredException}.
 * </ul>
 *
 * <p>Depends on {@code common} only.
 */
package dev.migrate.engine.api.error;
