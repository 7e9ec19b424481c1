/**
 * The leaf every other engine package may depend on: the base exception, the reporter and password
 * masking.
 *
 * <p>Package dependencies (an arrow means "uses"; {@code ArchitectureTest} checks that they are
 * exactly these and acyclic):
 *
 * <pre>
 * api       -&gt; common
 * graph     -&gt; common
 * sql       -&gt; common
 * dialect   -&gt; sql, common
 * migration -&gt; dialect, sql, common
 * script    -&gt; migration, dialect, graph, sql, common
 * jdbc      -&gt; api, common
 * state     -&gt; jdbc, dialect, graph, sql, api, common
 * runtime   -&gt; script, state, jdbc, dialect, graph, sql, api, common
 * verify    -&gt; runtime, script, jdbc, graph, api, common
 * dev.migrate.engine (the facade) -&gt; verify, runtime, script, graph, api, common
 * </pre>
 *
 * <p>{@code api} holds the configuration and result values so that the packages doing the work can
 * take and return them without depending on the facade that calls them.
 */
package dev.migrate.engine.common;
