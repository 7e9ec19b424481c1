/**
 * Autogenerate: the desired schema from a model (a desired-state SQL file, a live database, or a
 * {@code ModelDdl} such as JPA entities from their own module), compared with the schema the
 * scripts give, both inspected on databases of one kind ({@link
 * dev.migrate.engine.autogen.SchemaSide}); spellings of one definition aligned ({@link
 * dev.migrate.engine.autogen.Alignment}); the changes from {@code schema.change}'s differ, written
 * as a revision through {@code script} after the proof on the scratch database. Internal: callers
 * use {@code Migrator.autogenerate} and {@code Migrator.check}.
 *
 * <p>Uses {@code verify} (scratch databases, schema reading), {@code migration} (the renderers),
 * {@code schema} and {@code schema.change}, {@code command} (loading), {@code runtime} (running the
 * scripts on the scratch database), {@code script} (writing), {@code state} (migrate's own tables),
 * {@code jdbc} (the model database's URL), {@code database}, {@code graph}, {@code sql}
 * (splitting), {@code api}, {@code api.error} and {@code common}.
 */
package dev.migrate.engine.autogen;
