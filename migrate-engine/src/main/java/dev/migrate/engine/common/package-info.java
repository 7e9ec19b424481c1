/**
 * The leaf every other engine package may depend on: the base exception, the reporter and password
 * masking.
 *
 * <p>Package dependencies (an arrow means "uses"; {@code ArchitectureTest} checks them):
 *
 * <pre>
 * graph     -&gt; common
 * sql       -&gt; common
 * dialect   -&gt; sql, common
 * migration -&gt; dialect, sql, common
 * script    -&gt; migration, dialect, graph, sql, common
 * jdbc      -&gt; common
 * state     -&gt; jdbc, dialect, graph, sql, common
 * runtime   -&gt; script, state, jdbc, dialect, graph, sql, common
 * verify    -&gt; runtime, script, jdbc, graph, common
 * dev.migrate.engine (the facade) -&gt; verify, runtime, script, graph, common
 * </pre>
 *
 * <p>Known exceptions, still to remove: {@code jdbc}, {@code state}, {@code runtime} and {@code
 * verify} also use the facade's {@code MigrateConfig} and result records, which closes cycles
 * through the facade. Nothing else may.
 */
package dev.migrate.engine.common;
