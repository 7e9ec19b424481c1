/**
 * What each command computes, apart from how plans are executed: the one loading path ({@link
 * dev.migrate.engine.command.Catalog#load}, used by every command, {@code verify} included), the
 * findings of {@code check}, {@code validate} and {@code status} ({@link
 * dev.migrate.engine.command.Checks}), the entries the listing commands print ({@link
 * dev.migrate.engine.command.Listings}, {@link dev.migrate.engine.command.HistoryQuery}) and the
 * choice between an online and an offline plan for {@code --sql} ({@link
 * dev.migrate.engine.command.OfflineSql}).
 *
 * <p>The facade composes these with {@code runtime}: a command loads its {@code Catalog}, asks
 * {@code runtime} for the database's rows (or for a run under the lock) and turns the answer into a
 * result value. Internal: callers use {@code Migrator}.
 */
package dev.migrate.engine.command;
