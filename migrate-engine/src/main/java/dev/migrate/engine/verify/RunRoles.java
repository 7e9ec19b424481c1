package dev.migrate.engine.verify;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.ServerRole;
import dev.migrate.engine.database.ServerRoles;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The roles and users a verify run creates on the server: they outlive the scratch database, so the
 * run notes every one that appears while a step runs, compares them like schema objects, and drops
 * those left at the end. Only a role that the step's script names counts as the step's, and one in
 * use outside the scratch database is never dropped: others may create roles on the same server
 * while a step runs.
 */
final class RunRoles {
  private final ServerRoles server;
  private final String untracked;
  private final Set<ServerRole> created = new LinkedHashSet<>();

  private RunRoles(ServerRoles server, String untracked) {
    this.server = server;
    this.untracked = untracked;
  }

  /**
   * The run's roles on the database of the connection: none to track where roles live in the
   * database itself; untracked, with the reason, when the server does not let the user list them.
   */
  static RunRoles on(Connection connection) {
    Optional<ServerRoles> server;
    try {
      server = Databases.find(connection).flatMap(DatabaseSupport::serverRoles);
    } catch (SQLException e) {
      server = Optional.empty();
    }
    if (server.isEmpty()) {
      return new RunRoles(null, null);
    }
    try {
      server.get().list(connection);
      return new RunRoles(server.get(), null);
    } catch (SQLException e) {
      return new RunRoles(null, e.getMessage());
    }
  }

  /**
   * What the run compares of them, in words; empty where the database keeps no roles outside the
   * scratch database.
   */
  Optional<String> compared() {
    if (untracked != null) {
      return Optional.of(
          "not compared: server roles and users (the user cannot list them: " + untracked + ")");
    }
    return server == null
        ? Optional.empty()
        : Optional.of("server roles and users the revisions create");
  }

  /** The roles and users on the server now, to be handed to {@link #noteCreated} after a step. */
  SortedSet<ServerRole> list(Connection connection) {
    if (server == null) {
      return new TreeSet<>();
    }
    try {
      return server.list(connection);
    } catch (SQLException e) {
      throw new MigrateException("Could not list the server's roles: " + e.getMessage(), e);
    }
  }

  /**
   * Notes the roles that appeared since {@code before} was listed and that the step's script names:
   * a role someone else created on the server meanwhile is not the run's to compare or drop.
   *
   * @param scriptText the step's SQL, or null when it cannot be read (a Java migration)
   */
  synchronized void noteCreated(
      Connection connection, SortedSet<ServerRole> before, String scriptText) {
    SortedSet<ServerRole> now = list(connection);
    now.removeAll(before);
    String text = scriptText == null ? null : scriptText.toLowerCase(Locale.ROOT);
    for (ServerRole role : now) {
      if (text == null || text.contains(role.name().toLowerCase(Locale.ROOT))) {
        created.add(role);
      }
    }
  }

  /** The run's roles that exist now, as a person names them ({@code role app_reader}). */
  synchronized SortedSet<String> existing(Connection connection) {
    SortedSet<String> names = new TreeSet<>();
    for (ServerRole role : list(connection)) {
      if (created.contains(role)) {
        names.add(role.toString());
      }
    }
    return names;
  }

  /**
   * Drops the run's roles that are left, newest first, each after what it owns and was granted in
   * the scratch database; then, where the server keeps grants on a database's objects outside it,
   * revokes those on the scratch database {@code database}. Returns one line per role dropped.
   *
   * @throws MigrateException naming the roles that could not be dropped, after trying them all
   */
  synchronized List<String> dropLeft(Connection connection, String database) {
    if (server == null) {
      return List.of();
    }
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<ServerRole> left = new ArrayList<>(created);
    left.retainAll(list(connection));
    java.util.Collections.reverse(left);
    for (ServerRole role : left) {
      try {
        if (server.inUseElsewhere(connection, role)) {
          done.add(role + " appeared while the run went on but is in use elsewhere: left in place");
        } else {
          execute(connection, server.drop(role));
          done.add("dropped " + role + ", which the run created");
        }
        created.remove(role);
      } catch (SQLException e) {
        failed.add(role + " (" + e.getMessage() + ")");
      }
    }
    try {
      execute(connection, server.revokeGrantsOn(connection, database));
    } catch (SQLException e) {
      failed.add("the grants on " + database + " (" + e.getMessage() + ")");
    }
    if (!failed.isEmpty()) {
      throw new MigrateException(
          "could not drop what the run created on the server: "
              + String.join(", ", failed)
              + "; drop it by hand");
    }
    return done;
  }

  private static void execute(Connection connection, List<String> statements) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } finally {
      if (!autoCommit) {
        connection.setAutoCommit(false);
      }
    }
  }
}
