package dev.migrate.engine.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a {@link JavaMigration}: the same keys, with the same meaning, as the {@code --
 * key: value} header of a SQL script.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RevisionInfo {
  /** The revision id, {@code [A-Za-z0-9_]{1,32}}. */
  String revision();

  /** Parents: none for a root, one for a normal step, several for a merge point. */
  String[] downRevision() default {};

  /** The human description. */
  String message() default "";

  /** Branch labels declared on this revision. */
  String[] branchLabels() default {};

  /** Dependencies: revision ids, unique prefixes or branch labels. */
  String[] dependsOn() default {};

  /** False to run outside a transaction, e.g. for {@code CREATE INDEX CONCURRENTLY}. */
  boolean transactional() default true;
}
