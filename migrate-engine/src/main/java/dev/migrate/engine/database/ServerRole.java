package dev.migrate.engine.database;

import java.util.Comparator;
import java.util.Objects;

/**
 * A role or user that a database server keeps outside any one database, so that dropping a scratch
 * database does not drop it.
 *
 * @param kind {@code role} or {@code user}
 * @param name its name
 * @param host MariaDB/MySQL: the host part of a user's account ({@code %}); null for a role and on
 *     PostgreSQL
 */
public record ServerRole(String kind, String name, String host) implements Comparable<ServerRole> {
  private static final Comparator<ServerRole> ORDER = Comparator.comparing(ServerRole::toString);

  public ServerRole {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** A role without a host part. */
  public static ServerRole role(String name) {
    return new ServerRole("role", name, null);
  }

  /** As a person names it: {@code role app_reader}, {@code user 'app'@'%'}. */
  @Override
  public String toString() {
    return kind + " " + (host == null ? name : "'" + name + "'@'" + host + "'");
  }

  @Override
  public int compareTo(ServerRole other) {
    return ORDER.compare(this, other);
  }
}
