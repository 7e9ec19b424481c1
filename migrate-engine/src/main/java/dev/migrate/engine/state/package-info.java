/**
 * What the database records about migrations: the version table (Alembic's shape, one row per
 * head), the history table (one row per step) and the database lock held for a whole command.
 * Changes are emitted as statements to a sink, so the same code renders offline SQL.
 */
package dev.migrate.engine.state;
