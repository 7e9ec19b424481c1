package dev.migrate.engine.schema;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  NO_ACTION("no action"),
  RESTRICT("restrict"),
  CASCADE("cascade"),
  SET_NULL("set null"),
  SET_DEFAULT("set default");

  private final String words;

  ReferentialAction(String words) {
    this.words = words;
  }

  /** The action as SQL, e.g. {@code SET NULL}. */
  public String sql() {
    return words.toUpperCase(java.util.Locale.ROOT);
  }

  /** The action in lower case, as verify prints it. */
  @Override
  public String toString() {
    return words;
  }
}
