package dev.migrate.bench;

/** A contender that is just a name and timed work. */
record Simple(String name, Work work) implements Contender {
  @Override
  public Sample run() throws Exception {
    return work.run();
  }

  @FunctionalInterface
  interface Work {
    Sample run() throws Exception;
  }
}
