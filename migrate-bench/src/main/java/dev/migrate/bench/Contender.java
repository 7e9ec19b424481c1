package dev.migrate.bench;

/**
 * One tool in a scenario. The harness calls {@link #prepare()} for every contender of a round
 * (fresh databases and the like, untimed), then {@link #run()} for each in turn, then {@link
 * #cleanup()}.
 */
public interface Contender {
  /** The name in the table, e.g. {@code ours (engine)}. */
  String name();

  /** Untimed set-up before each run. */
  default void prepare() throws Exception {}

  /** The timed work. */
  Sample run() throws Exception;

  /** Untimed tear-down after each run. */
  default void cleanup() throws Exception {}
}
