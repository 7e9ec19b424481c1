/**
 * The leaf every other engine package may depend on: the base exception, the reporter, password
 * masking and the names of the supported databases ({@code DatabaseKind}, which Java migrations
 * see).
 *
 * <p>Package dependencies (an arrow means "uses"; {@code ArchitectureTest} checks that they are
 * exactly these and acyclic):
 *
 * <pre>
 * api       -&gt; database, common
 * api.error -&gt; common
 * graph     -&gt; api.error, common
 * sql       -&gt; common
 * lint      -&gt; sql, common
 * database  -&gt; lint, schema, sql, common
 * schema.change -&gt; schema, common
 * migration -&gt; schema.change, schema, database, sql, common
 * script    -&gt; migration, database, graph, sql, common
 * jdbc      -&gt; database, api, api.error, common
 * state     -&gt; jdbc, database, graph, sql, api, api.error, common
 * runtime   -&gt; script, state, jdbc, database, graph, sql, api, api.error, common
 * command   -&gt; lint, runtime, script, state, jdbc, database, graph, sql, api, api.error, common
 * verify    -&gt; schema, command, runtime, script, state, jdbc, database, graph, api, api.error, common
 * autogen   -&gt; verify, migration, schema.change, schema, command, runtime, script, state, jdbc, database, graph, sql, api, api.error, common
 * fleet     -&gt; jdbc, database, api, api.error, common
 * dev.migrate.engine (facade) -&gt; fleet, autogen, verify, command, runtime, script, jdbc, graph, api, api.error, common
 * database.postgresql -&gt; verify, migration, schema.change, schema, database, lint, sql, common
 * database.mariadb    -&gt; verify, migration, schema.change, schema, database, lint, sql, common
 * database.h2         -&gt; verify, migration, schema.change, schema, database, sql, common
 * database.sqlite     -&gt; verify, migration, schema.change, schema, database, jdbc, sql, common
 * </pre>
 *
 * <p>Nothing uses a {@code database.*} package by name: {@code database.Databases} finds them
 * through {@link java.util.ServiceLoader}. Each holds its database's lock, statement renderer
 * (extending {@code migration}'s shared renderer) and schema reader (built on {@code verify}'s JDBC
 * metadata reading), while every package uses {@code database}.
 *
 * <p>{@code lint} holds the rule model and the linter; each database's rules live in its own
 * package and reach the linter through {@code Dialect.lintRules()}.
 *
 * <p>{@code schema}, the typed schema model, uses no other package and so has no arrow of its own.
 *
 * <p>{@code api} holds the configuration and result values, and {@code api.error} the exceptions a
 * caller handles, so that the packages doing the work can take, return and throw them without
 * depending on the facade that calls them. {@code command} holds what each command computes
 * (loading, checks, listings, offline ranges); {@code runtime} only executes plans.
 */
package dev.migrate.engine.common;
