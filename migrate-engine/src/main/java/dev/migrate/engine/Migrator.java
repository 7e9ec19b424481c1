package dev.migrate.engine;

import dev.migrate.engine.verify.VerifyCommand;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's facade: one method per command, the same names as the Maven goals and the CLI.
 * Targets cross this API as strings in Alembic's grammar ({@code heads}, {@code base}, {@code
 * label@head}, {@code -1}, a unique prefix ...) and are parsed inside.
 *
 * <p>Each online command opens its own connections, takes the database lock where it changes
 * anything, and closes everything before it returns; a Migrator holds no connection.
 */
public final class Migrator {
  private final MigrateConfig config;

  private Migrator(MigrateConfig config) {
    this.config = config;
  }

  /** A migrator over a validated configuration. */
  public static Migrator create(MigrateConfig config) {
    return new Migrator(config);
  }

  public MigrateConfig config() {
    return config;
  }

  /** Upgrades to the target ({@code heads} when null). */
  public RunResult upgrade(String target) {
    throw new UnsupportedOperationException("upgrade: runtime not wired yet");
  }

  /** Downgrades to the target, e.g. {@code -1}, {@code base}, {@code label@rev}. */
  public RunResult downgrade(String target) {
    throw new UnsupportedOperationException("downgrade: runtime not wired yet");
  }

  /** Writes version rows for the targets without running scripts; purge empties the table first. */
  public RunResult stamp(List<String> targets, boolean purge) {
    throw new UnsupportedOperationException("stamp: runtime not wired yet");
  }

  /** The database's current revisions (rows plus tips implied through dependencies). */
  public List<RevisionEntry> current() {
    throw new UnsupportedOperationException("current: runtime not wired yet");
  }

  /** The heads of the scripts. */
  public List<RevisionEntry> heads() {
    throw new UnsupportedOperationException("heads: not wired yet");
  }

  /** The branch points of the scripts and what they branch into. */
  public List<Branch> branches() {
    throw new UnsupportedOperationException("branches: not wired yet");
  }

  /** Revisions in a range ({@code A:B}, {@code :B}, {@code A:}, {@code current:}), newest first. */
  public List<RevisionEntry> history(String range, boolean indicateCurrent) {
    throw new UnsupportedOperationException("history: not wired yet");
  }

  /** The revisions a symbol resolves to ({@code current} allowed). */
  public List<RevisionEntry> show(String revision) {
    throw new UnsupportedOperationException("show: not wired yet");
  }

  /** Problems that make the database not match the scripts: pending revisions, edited scripts. */
  public ValidationResult check() {
    throw new UnsupportedOperationException("check: not wired yet");
  }

  /** Graph and checksum sanity, changing nothing. */
  public ValidationResult validate() {
    throw new UnsupportedOperationException("validate: not wired yet");
  }

  /** Current heads, script heads and pending revisions, for application health checks. */
  public Status status() {
    throw new UnsupportedOperationException("status: not wired yet");
  }

  /**
   * Renders the SQL of an upgrade instead of running it: from the database's heads when one is
   * configured and the argument is a plain target, or from {@code START:END} offline.
   */
  public String upgradeSql(String rangeOrTarget) {
    throw new UnsupportedOperationException("upgradeSql: not wired yet");
  }

  /** Renders the SQL of a downgrade; offline the argument must be a {@code START:END} range. */
  public String downgradeSql(String rangeOrTarget) {
    throw new UnsupportedOperationException("downgradeSql: not wired yet");
  }

  /** Writes a new revision script and returns its path. */
  public Path revision(RevisionRequest request) {
    throw new UnsupportedOperationException("revision: not wired yet");
  }

  /** Writes a merge revision over the given revisions ({@code heads} by default). */
  public Path merge(List<String> revisions, String message, String branchLabel, String revId) {
    throw new UnsupportedOperationException("merge: not wired yet");
  }

  /**
   * Proves against a scratch database that the scripts have one head, upgrade from base, and that
   * every downgrade undoes its upgrade (the staircase); changes nothing else.
   */
  public VerifyReport verify() {
    return verify(VerifyOptions.defaults());
  }

  /**
   * {@link #verify()} with a chosen scratch database and expected heads. Never touches the
   * configured database: the scratch database is created for the run and dropped after it.
   */
  public VerifyReport verify(VerifyOptions options) {
    return new VerifyCommand(config, options).run();
  }
}
