/**
 * The revision graph: revisions, heads, bases, labels, dependencies, the target grammar and the
 * planning of upgrade, downgrade and stamp. Pure: no files, no database. Depends on {@code common}
 * and {@code api.error} only.
 *
 * <p>API: {@link dev.migrate.engine.graph.Revision} (what a script declares), {@link
 * dev.migrate.engine.graph.RevisionGraph} (built once, validated, answers structure and history),
 * {@link dev.migrate.engine.graph.TargetParser} with {@link dev.migrate.engine.graph.Target} and
 * {@link dev.migrate.engine.graph.TargetRange} (the grammar, no graph), {@link
 * dev.migrate.engine.graph.Planner} producing a {@link dev.migrate.engine.graph.Plan} of {@link
 * dev.migrate.engine.graph.Step}s with their {@link dev.migrate.engine.graph.RowChange}s. It throws
 * the {@link dev.migrate.engine.api.error.GraphException} family, which lives in the exported
 * {@code api.error} so that callers can catch it without seeing this package. Only {@code
 * TargetParser} knows the grammar's {@code :}, {@code current} and the offline "from base" rule.
 *
 * <p>Internal (package-private): {@code GraphBuilder} (validation, adjacency arrays, ancestor
 * bitsets), {@code LabelInheritance}, {@code Resolver} (symbols and relative walks on one graph),
 * {@code Traversal} (which revisions a command covers), {@code OrderWalk} (Alembic's ordering),
 * {@code RowTracker} (version-row simulation), {@code Stamper} and {@code History}.
 *
 * <p>Deliberate differences from Alembic, each where Alembic crashes or corrupts the version table:
 * typed errors instead of AssertionError/KeyError; merge and unmerge rows chosen in declared parent
 * order instead of set order; a parent implied by a sibling parent is never re-inserted on unmerge;
 * {@code stamp} with several destinations moves each destination's own rows; redundant merge
 * parents and version rows that imply each other are refused with a message.
 */
package dev.migrate.engine.graph;
