package dev.migrate.spring.boot.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts real application contexts the same way on both Boot lines, and reads their databases. */
final class Apps {
  /**
   * Both Boot lines' JPA auto-configurations, for applications without entities (the absent
   * line's names are ignored).
   */
  static final String NO_JPA =
      "spring.autoconfigure.exclude="
          + "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration,"
          + "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration,"
          + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
          + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

  private Apps() {}

  /** A new, empty in-memory H2 database that lives until the JVM ends. */
  static String h2Url() {
    return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** A started context without a web server. */
  static ConfigurableApplicationContext start(Class<?> app, String... properties) {
    return new SpringApplicationBuilder(app)
        .web(WebApplicationType.NONE)
        .properties(properties)
        .run();
  }

  /** A started context with a servlet web server on a free port. */
  static ConfigurableApplicationContext startWeb(Class<?> app, String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("server.port=0");
    return new SpringApplicationBuilder(app)
        .web(WebApplicationType.SERVLET)
        .properties(all.toArray(String[]::new))
        .run();
  }

  /** The first column of every row of a query. */
  static List<String> column(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  /** True when a table of this name exists (any case) in the database. */
  static boolean tableExists(String url, String user, String password, String table)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      for (String name : List.of(table, table.toUpperCase())) {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, name, null)) {
          if (rs.next()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
