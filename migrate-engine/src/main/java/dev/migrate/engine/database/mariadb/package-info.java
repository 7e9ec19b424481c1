/**
 * MariaDB and MySQL: their support (detection, driver, URL forms, scratch databases), dialect,
 * splitter syntax and the named lock.
 */
package dev.migrate.engine.database.mariadb;
