package dev.migrate.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.jpa.hibernate.HibernateValidation;
import dev.migrate.jpa.naming.NamingConvention;
import dev.migrate.jpa.naming.NamingStrategies;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's DDL on each real database, mapped by each supported Hibernate (the project's 6.6 or
 * 7.2, or the bundled one): it applies to an empty database, Hibernate's own {@code validate}
 * accepts the result, and the names are those of the naming convention.
 */
class JpaModelDatabaseTest {

  private static final String SHOP = "dev.migrate.jpa.fixtures.shop";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("bundled", NamingConvention.SPRING_BOOT_3, "h2"),
        Arguments.of("bundled", NamingConvention.SPRING_BOOT_3, "postgresql"),
        Arguments.of("bundled", NamingConvention.SPRING_BOOT_3, "mariadb"),
        Arguments.of("hibernate-6.6", NamingConvention.HIBERNATE, "h2"),
        Arguments.of("hibernate-6.6", NamingConvention.HIBERNATE, "mariadb"),
        Arguments.of("hibernate-7.2", NamingConvention.SPRING_BOOT_4, "postgresql"));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("cases")
  void ddlAppliesAndHibernateValidatesIt(String hibernate, NamingConvention naming, String dialect)
      throws SQLException {
    List<Path> classpath =
        hibernate.equals("bundled") ? ModelLibs.classpath() : ModelLibs.classpath(hibernate);
    JpaModel model =
        JpaModel.builder().classpath(classpath).packages(List.of(SHOP)).naming(naming).build();

    List<String> ddl = model.statements(dialect);

    try (TestDatabase db =
        dialect.equals("h2") ? TestDatabase.h2File(dir) : TestDatabase.create(dialect)) {
      db.execute(ddl.toArray(String[]::new));
      boolean boot = naming != NamingConvention.HIBERNATE;
      NamingStrategies strategies =
          NamingStrategies.resolve(classpath, naming, Optional.empty(), Optional.empty(), 7);
      HibernateValidation.validate(
          classpath, shopClasses(), strategies, dialect, db.url(), db.user(), db.password());

      if (boot) {
        assertThat(tables(db))
            .contains("customer", "purchase_order", "purchase_order_ordered_products");
        assertThat(columns(db, "customer"))
            .contains("first_name", "email_address", "created_at", "street_line");
      } else {
        assertThat(tables(db)).contains("customer", "purchaseorder", "purchaseorder_product");
        assertThat(columns(db, "customer"))
            .contains("firstname", "emailaddress", "createdat", "streetline");
      }
      assertThat(columns(db, "product")).contains("sku");
    }
    assertThat(model.description())
        .contains("3 entities")
        .contains(hibernate.equals("bundled") ? "7.4" : hibernate.substring("hibernate-".length()))
        .contains(hibernate.equals("bundled") ? "bundled" : "Final,");
  }

  private static List<String> shopClasses() {
    return JpaModel.builder()
        .classpath(ModelLibs.classpath())
        .packages(List.of(SHOP))
        .build()
        .classes()
        .all();
  }

  private static TreeSet<String> tables(TestDatabase db) throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    try (Connection c = db.connect();
        ResultSet rs =
            c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static TreeSet<String> columns(TestDatabase db, String table) throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    try (Connection c = db.connect()) {
      try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "%", "%")) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
            names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return names;
  }
}
