package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.database.ServerRole;
import dev.migrate.engine.database.ServerRoles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * PostgreSQL's roles ({@code CREATE ROLE}, {@code CREATE USER}) belong to the cluster, not to a
 * database. A role cannot be dropped while it owns objects or holds privileges in any database, so
 * {@code DROP OWNED BY} runs first, in the scratch database, where whatever the run gave it lives.
 */
final class PostgresRoles implements ServerRoles {

  @Override
  public SortedSet<ServerRole> list(Connection connection) throws SQLException {
    SortedSet<ServerRole> roles = new TreeSet<>();
    try (PreparedStatement ps = connection.prepareStatement("select rolname from pg_roles");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        roles.add(ServerRole.role(rs.getString(1)));
      }
    }
    return roles;
  }

  @Override
  public boolean inUseElsewhere(Connection connection, ServerRole role) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select exists (select 1 from pg_stat_activity where usename = ?"
                + " and pid <> pg_backend_pid())"
                + " or exists (select 1 from pg_shdepend d join pg_roles r on r.oid = d.refobjid"
                + " join pg_database db on db.oid = d.dbid"
                + " where r.rolname = ? and db.datname <> current_database())")) {
      ps.setString(1, role.name());
      ps.setString(2, role.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  @Override
  public List<String> drop(ServerRole role) {
    String name = '"' + role.name().replace("\"", "\"\"") + '"';
    return List.of("DROP OWNED BY " + name, "DROP ROLE " + name);
  }
}
