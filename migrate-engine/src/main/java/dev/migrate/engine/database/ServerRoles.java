package dev.migrate.engine.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;

/**
 * The roles and users a database server keeps outside its databases (PostgreSQL's cluster-wide
 * roles, MariaDB's accounts), which a migration can create and which outlive a scratch database:
 * how to list them and how to drop those a {@code verify} run created.
 */
public interface ServerRoles {

  /** Every role and user on the server now. */
  SortedSet<ServerRole> list(Connection connection) throws SQLException;

  /**
   * The statements that drop a role the run created, each run on its own in the scratch database:
   * first what it owns and was granted there, then the role.
   */
  List<String> drop(ServerRole role);

  /**
   * True when the role is in use outside the scratch database (a session logged in as it, objects
   * or privileges in another database): then someone else made it while the run was going on, and
   * it is not the run's to drop.
   */
  default boolean inUseElsewhere(Connection connection, ServerRole role) throws SQLException {
    return false;
  }

  /**
   * The statements that revoke the grants the server keeps, outside the database, on the objects of
   * the scratch database {@code database} (MariaDB keeps them after {@code DROP TABLE} and {@code
   * DROP DATABASE}); none where grants live and die with the database.
   */
  default List<String> revokeGrantsOn(Connection connection, String database) throws SQLException {
    return List.of();
  }
}
