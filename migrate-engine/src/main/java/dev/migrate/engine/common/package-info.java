/**
 * The leaf every other engine package may depend on: the base exception, the reporter and password
 * masking.
 *
 * <p>Package dependencies (an arrow means "uses"; {@code ArchitectureTest} checks that they are
 * exactly these and acyclic):
 *
 * <pre>
 * api       -&gt; dialect, common
 * api.error -&gt; common
 * graph     -&gt; api.error, common
 * sql       -&gt; common
 * dialect   -&gt; sql, common
 * schema.change -&gt; schema, common
 * migration -&gt; schema.change, schema, dialect, sql, common
 * script    -&gt; migration, dialect, graph, sql, common
 * jdbc      -&gt; api, api.error, common
 * state     -&gt; jdbc, dialect, graph, sql, api, api.error, common
 * runtime   -&gt; script, state, jdbc, dialect, graph, sql, api, api.error, common
 * command   -&gt; runtime, script, state, dialect, graph, sql, api, api.error
 * verify    -&gt; schema, command, runtime, script, jdbc, graph, api, api.error, common
 * dev.migrate.engine (facade) -&gt; verify, command, runtime, script, jdbc, graph, api, api.error, common
 * </pre>
 *
 * <p>{@code schema}, the typed schema model, uses no other package and so has no arrow of its own.
 *
 * <p>{@code api} holds the configuration and result values, and {@code api.error} the exceptions a
 * caller handles, so that the packages doing the work can take, return and throw them without
 * depending on the facade that calls them. {@code command} holds what each command computes
 * (loading, checks, listings, offline ranges); {@code runtime} only executes plans.
 */
package dev.migrate.engine.common;
