package dev.migrate.engine.schema;

/** The kinds of table constraint; MariaDB/MySQL drop each kind with its own statement. */
public enum ConstraintKind {
  PRIMARY_KEY("primary key"),
  UNIQUE("unique constraint"),
  FOREIGN_KEY("foreign key"),
  CHECK("check constraint"),
  EXCLUSION("exclusion constraint");

  private final String words;

  ConstraintKind(String words) {
    this.words = words;
  }

  /** The kind in words, e.g. {@code foreign key}. */
  @Override
  public String toString() {
    return words;
  }
}
