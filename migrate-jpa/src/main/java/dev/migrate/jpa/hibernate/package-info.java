/**
 * Running Hibernate over a project's class path: the model class loader, the project's or the
 * bundled Hibernate, the target database's settings, and the wording of Hibernate's failures.
 */
package dev.migrate.jpa.hibernate;
