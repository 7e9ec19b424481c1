/**
 * Schema changes as values: one record per operation ({@link
 * dev.migrate.engine.schema.change.CreateTable}, {@link
 * dev.migrate.engine.schema.change.AddColumn}, {@link
 * dev.migrate.engine.schema.change.AlterColumn}, {@link
 * dev.migrate.engine.schema.change.AddConstraint} ...), each of which {@link
 * dev.migrate.engine.schema.change.SchemaChange#reverse() reverses} itself when the values it
 * replaces are known, and the {@link dev.migrate.engine.schema.change.SchemaDiffer} that lists the
 * changes from one {@link dev.migrate.engine.schema.DatabaseSchema} to another. The {@code
 * Operations} API of {@code migration} builds these values and its per-database renderers write
 * them as SQL.
 *
 * <p>A serial's or an identity's sequence is made and dropped with its column, never on its own.
 * What no value expresses is listed by {@link
 * dev.migrate.engine.schema.change.SchemaDiff#unexpressed()} rather than missed: a column's
 * identity changed in place, the options of an identity's sequence, {@code OWNED BY} of a sequence
 * that does not generate its owner.
 *
 * <p>Internal. Uses {@code schema} and {@code common} only.
 */
package dev.migrate.engine.schema.change;
