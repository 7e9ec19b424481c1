/**
 * The JPA model source of autogenerate: {@link dev.migrate.jpa.JpaModel} implements the engine's
 * {@code ModelDdl} over a project's entities, and its exceptions are the errors a caller reports.
 *
 * <p>Packages and what each uses (an arrow reads "uses"; nothing else):
 *
 * <pre>
 * jpa (API) ──► scan, naming, hibernate, engine API
 * hibernate ──► jpa (its exceptions); loads bridge by name into each model class loader
 * naming, scan ──► JDK only
 * bridge ──► JDK and Hibernate only (never another migrate package)
 * </pre>
 */
package dev.migrate.jpa;
