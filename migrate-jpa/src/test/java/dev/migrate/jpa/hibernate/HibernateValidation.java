package dev.migrate.jpa.hibernate;

import dev.migrate.jpa.ModelLibs;
import dev.migrate.jpa.naming.NamingStrategies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs Hibernate's own schema validation for a model against a live database, in a test. */
public final class HibernateValidation {
  private static final Map<String, String> DRIVERS =
      Map.of(
          "h2", "org.h2.Driver",
          "postgresql", "org.postgresql.Driver",
          "mariadb", "org.mariadb.jdbc.Driver");

  private HibernateValidation() {}

  /**
   * Validates: throws (as the application's start-up would fail) when the database does not hold
   * what the classes map to.
   */
  public static void validate(
      List<Path> classpath,
      List<String> classes,
      NamingStrategies naming,
      String dialect,
      String url,
      String user,
      String password) {
    String driver = DRIVERS.get(dialect);
    List<Path> withDriver = new ArrayList<>(classpath);
    withDriver.add(ModelLibs.locationOf(driver));
    Map<String, Object> settings = new HashMap<>();
    settings.put("hibernate.connection.driver_class", driver);
    settings.put("jakarta.persistence.validation.mode", "none");
    settings.put("hibernate.connection.url", url);
    settings.put("hibernate.connection.username", user);
    settings.put("hibernate.connection.password", password == null ? "" : password);
    naming.physical().ifPresent(s -> settings.put("hibernate.physical_naming_strategy", s));
    naming.implicit().ifPresent(s -> settings.put("hibernate.implicit_naming_strategy", s));
    try (SchemaGenerator hibernate = SchemaGenerator.open(withDriver)) {
      hibernate.runBridge("ValidateSchema", Map.of("classes", classes, "settings", settings));
    }
  }
}
