/**
 * One typed model of a database schema: {@link dev.migrate.engine.schema.DatabaseSchema} holds
 * {@link dev.migrate.engine.schema.Table}s (columns with a normalised {@link
 * dev.migrate.engine.schema.SqlType}, primary key, unique, foreign-key, check and exclusion
 * constraints, indexes, triggers), views, sequences, PostgreSQL enum types, domains, routines and
 * extensions, all records in sorted maps and lists, so that equal schemas are equal values and
 * whatever is printed from them is byte-stable. {@link dev.migrate.engine.schema.SchemaComparison}
 * reports how one schema differs from another as {@link dev.migrate.engine.schema.Difference} data
 * (which object, which attribute, before and after).
 *
 * <p>Not held yet: which column owns a sequence (a serial's), an index key's {@code NULLS
 * FIRST/LAST}, operator class and collation as separate values, a foreign key's {@code MATCH} and
 * {@code DEFERRABLE}, a unique constraint's {@code INCLUDE} and {@code NULLS NOT DISTINCT}, column
 * collations and character sets, partitions, grants; MariaDB sequences are held by name only.
 *
 * <p>The schema readers ({@code verify}) produce it, {@code verify} compares it, and the change
 * values of {@code schema.change} are made of it. Internal. Depends on nothing: no JDBC, no
 * runtime, no other engine package.
 */
package dev.migrate.engine.schema;
