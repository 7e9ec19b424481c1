package dev.migrate.jpa.naming;

/** Whose default naming strategies the model uses, before any explicit strategy setting. */
public enum NamingConvention {
  /** Spring Boot's for its major version when Boot is on the class path, else Hibernate's. */
  DETECT,
  /** Hibernate's own: names as written, JPA-compliant implicit names. */
  HIBERNATE,
  /** Spring Boot 2.6 to 3.x: camel case to snake case, Spring's join-table names. */
  SPRING_BOOT_3,
  /** Spring Boot 4: Hibernate's snake-case strategy, Spring's join-table names. */
  SPRING_BOOT_4
}
