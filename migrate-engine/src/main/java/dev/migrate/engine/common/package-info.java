/**
 * The leaf every other engine package may depend on: the base exception and the reporter.
 *
 * <p>Package dependencies (acyclic; an arrow means "uses"):
 *
 * <pre>
 * common  &lt;- graph, sql, jdbc
 * sql     &lt;- dialect
 * dialect &lt;- migration, state
 * graph, sql, dialect, migration &lt;- script
 * jdbc, dialect &lt;- state
 * graph, script, state, dialect, jdbc &lt;- runtime
 * runtime &lt;- verify
 * everything &lt;- dev.migrate.engine (the facade)
 * </pre>
 */
package dev.migrate.engine.common;
