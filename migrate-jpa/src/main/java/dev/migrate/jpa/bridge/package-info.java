/**
 * The code that runs inside the model's class loader, linked against the Hibernate found there (the
 * project's or the bundled one). It uses only the JDK and Hibernate's API common to 6.x and 7.x,
 * never another migrate package: {@code hibernate.ModelClassLoader} defines these classes anew in
 * each model loader, and {@code BridgeIsolationTest} checks that they refer to nothing else.
 */
package dev.migrate.jpa.bridge;
