/**
 * Which naming strategies the application runs with: explicit settings, the project's Spring
 * properties, Spring Boot's defaults for its major version. Reads jars and files; uses the JDK
 * only.
 */
package dev.migrate.jpa.naming;
