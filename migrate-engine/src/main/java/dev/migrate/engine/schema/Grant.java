package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A privilege granted on a schema object to a role (or user), other than the privileges its owner
 * has by owning it.
 *
 * @param kind what the privilege is on: {@code table}, {@code view}, {@code materialized view},
 *     {@code sequence} or {@code schema}
 * @param object the object's name, qualified outside the default schema
 * @param column the column for a column privilege ({@code GRANT UPDATE (email) ON users}), else
 *     null
 * @param grantee the role or user as the database names it ({@code app_reader}, {@code PUBLIC};
 *     MariaDB: {@code 'app'@'%'} for a user)
 * @param privilege {@code SELECT}, {@code UPDATE}, {@code USAGE} ...
 * @param grantable true {@code WITH GRANT OPTION}
 */
public record Grant(
    String kind, String object, String column, String grantee, String privilege, boolean grantable)
    implements Serializable {

  public Grant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(privilege, "privilege");
  }

  /**
   * The grant in words, without its grant option, which also keys it: {@code SELECT on table users
   * to app_reader}, {@code UPDATE (email) on table users to app}.
   */
  public String key() {
    return privilege
        + (column == null ? "" : " (" + column + ")")
        + " on "
        + kind
        + " "
        + object
        + " to "
        + grantee;
  }
}
