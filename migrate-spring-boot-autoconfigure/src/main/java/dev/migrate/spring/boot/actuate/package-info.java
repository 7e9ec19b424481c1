/**
 * The {@code migrate} actuator endpoint and health contributor. The health logic is written once
 * ({@link dev.migrate.spring.boot.actuate.MigrateHealth}); two thin adapters implement Boot 3.5's
 * and Boot 4.0's health interfaces, each registered only when its interface is on the class path.
 */
package dev.migrate.spring.boot.actuate;
