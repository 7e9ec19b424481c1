/**
 * Spring Boot auto-configuration for migrate: upgrades each configured DataSource during context
 * refresh, before the beans that use it. Thin by design: settings in (the engine's {@code Setting}
 * table read from {@code migrate.*}), one engine call per DataSource, failures analysed.
 *
 * <p>Dependencies: this package uses the engine's API and Spring Boot; {@code actuate} (the
 * endpoint and the health contributor) uses this package. Nothing here names a Boot line's own
 * packages except through class-name conditions, so one jar serves Boot 3.5 and 4.0.
 */
package dev.migrate.spring.boot;
