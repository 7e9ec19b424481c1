package dev.migrate.engine.schema;

import java.util.Objects;

/**
 * Names one object of a schema in a report: {@code column users.email}, {@code index ix_users_email
 * on users}, {@code foreign key on orders (user_id)} for one whose name the database generated.
 *
 * @param type what it is, in words: {@code table}, {@code column}, {@code index} ...
 * @param name its name, with its table where it belongs to one
 */
public record ObjectRef(String type, String name) implements Comparable<ObjectRef> {
  public ObjectRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  /** {@code index ix_users_email on users}. */
  @Override
  public String toString() {
    return type + " " + name;
  }

  @Override
  public int compareTo(ObjectRef other) {
    return toString().compareTo(other.toString());
  }
}
