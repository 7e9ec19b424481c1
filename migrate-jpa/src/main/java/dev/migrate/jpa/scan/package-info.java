/** Finds a model's classes by reading class files, loading none. Uses the JDK only. */
package dev.migrate.jpa.scan;
