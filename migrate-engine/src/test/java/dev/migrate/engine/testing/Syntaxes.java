package dev.migrate.engine.testing;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.sql.SqlSyntax;
import java.util.List;

/** The splitter syntaxes of the registered databases, for splitter and loader tests. */
public final class Syntaxes {
  public static final SqlSyntax POSTGRESQL = Databases.forName("postgresql").syntax();
  public static final SqlSyntax MYSQL = Databases.forName("mysql").syntax();
  public static final SqlSyntax H2 = Databases.forName("h2").syntax();

  private Syntaxes() {}

  /** Every distinct syntax of a registered database. */
  public static List<SqlSyntax> all() {
    return Databases.all().stream()
        .map(d -> Databases.forName(d.dialectNames().get(0)).syntax())
        .distinct()
        .toList();
  }
}
