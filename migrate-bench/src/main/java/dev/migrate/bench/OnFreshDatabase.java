package dev.migrate.bench;

/**
 * A contender that needs an empty database per run: made in {@link #prepare()} before the clock
 * starts, dropped in {@link #cleanup()} after it stops.
 */
final class OnFreshDatabase implements Contender {
  private final String name;
  private final String tag;
  private final PgServer server;
  private final Run run;
  private String database;

  OnFreshDatabase(String name, String tag, PgServer server, Run run) {
    this.name = name;
    this.tag = tag;
    this.server = server;
    this.run = run;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void prepare() throws Exception {
    database = server.createDatabase(tag);
  }

  @Override
  public Sample run() throws Exception {
    return run.on(database);
  }

  @Override
  public void cleanup() throws Exception {
    if (database != null) {
      server.dropDatabase(database);
      database = null;
    }
  }

  /** The timed work on the named database. */
  @FunctionalInterface
  interface Run {
    Sample on(String database) throws Exception;
  }
}
