package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.database.ServerRole;
import dev.migrate.engine.database.ServerRoles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * MariaDB's (and MySQL's) accounts and roles live in the {@code mysql} database, not in the one a
 * migration runs in; so do the grants on a database's tables, which survive {@code DROP TABLE} and
 * {@code DROP DATABASE}. Listing them needs the right to read {@code mysql.user}.
 */
final class MariaDbRoles implements ServerRoles {

  @Override
  public SortedSet<ServerRole> list(Connection connection) throws SQLException {
    SortedSet<ServerRole> roles = new TreeSet<>();
    String sql;
    try {
      // MariaDB marks roles; MySQL has no such column and keeps roles as locked accounts.
      sql =
          hasRoleColumn(connection)
              ? "select user, host, is_role from mysql.user"
              : "select user, host, 'N' from mysql.user";
    } catch (SQLException e) {
      sql = "select user, host, 'N' from mysql.user";
    }
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        roles.add(
            "Y".equals(rs.getString(3))
                ? ServerRole.role(rs.getString(1))
                : new ServerRole("user", rs.getString(1), rs.getString(2)));
      }
    }
    return roles;
  }

  private static boolean hasRoleColumn(Connection connection) throws SQLException {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "select 1 from information_schema.columns where table_schema = 'mysql'"
                    + " and table_name = 'user' and column_name = 'is_role'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  @Override
  public boolean inUseElsewhere(Connection connection, ServerRole role) throws SQLException {
    if (role.host() == null) {
      return false;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select 1 from information_schema.processlist where user = ? and id <> connection_id()")) {
      ps.setString(1, role.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public List<String> drop(ServerRole role) {
    return List.of(
        role.host() == null
            ? "DROP ROLE " + identifier(role.name())
            : "DROP USER " + account(role));
  }

  /**
   * Revokes every grant on the database and its tables and columns, per grantee: {@code ALL
   * PRIVILEGES} takes the column privileges along, the grant option goes on its own.
   */
  @Override
  public List<String> revokeGrantsOn(Connection connection, String database) throws SQLException {
    List<String> statements = new ArrayList<>();
    String db = identifier(database);
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select grantee, table_name, max(is_grantable) from ("
                + "select grantee, table_name, is_grantable from information_schema.table_privileges"
                + " where table_schema = ? union all select grantee, table_name, is_grantable"
                + " from information_schema.column_privileges where table_schema = ?"
                + " union all select grantee, null, is_grantable"
                + " from information_schema.schema_privileges where table_schema = ?) g"
                + " group by grantee, table_name")) {
      for (int i = 1; i <= 3; i++) {
        ps.setString(i, database);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String target =
              db
                  + "."
                  + (rs.getString(2) == null ? "*" : identifier(rs.getString(2)))
                  + " FROM "
                  + revokee(rs.getString(1));
          statements.add("REVOKE ALL PRIVILEGES ON " + target);
          if ("YES".equals(rs.getString(3))) {
            statements.add("REVOKE GRANT OPTION ON " + target);
          }
        }
      }
    }
    return statements;
  }

  /**
   * A grantee as {@code information_schema} spells it ({@code 'app'@'%'}, a role {@code
   * 'reader'@''}) as a person names it: {@code 'app'@'%'}, {@code reader}.
   */
  static String grantee(String grantee) {
    return grantee.endsWith("@''") && grantee.startsWith("'")
        ? grantee.substring(1, grantee.length() - 4)
        : grantee;
  }

  /** The grantee in a {@code REVOKE}: a role by its name, an account as it is spelt. */
  private static String revokee(String grantee) {
    return grantee.endsWith("@''") ? identifier(grantee(grantee)) : grantee;
  }

  private static String account(ServerRole role) {
    return quoted(role.name()) + "@" + quoted(role.host());
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
