package dev.migrate.jpa.hibernate;

import dev.migrate.jpa.UnsupportedModelException;
import java.util.Map;
import java.util.Optional;

/**
 * The database Hibernate writes DDL for, given as product name and version rather than a dialect
 * class so that every Hibernate version picks its own dialect for it, with no connection.
 *
 * @param productName as the JDBC driver reports it
 * @param version major.minor; Hibernate's dialects gate features on it
 */
public record TargetDatabase(String productName, String version) {

  // Recent releases, as a new project would run; JpaModel.Builder.databaseVersion overrides.
  private static final Map<String, TargetDatabase> BY_DIALECT =
      Map.of(
          "h2", new TargetDatabase("H2", "2.3"),
          "postgresql", new TargetDatabase("PostgreSQL", "16.0"),
          "mariadb", new TargetDatabase("MariaDB", "10.11"),
          "mysql", new TargetDatabase("MySQL", "8.0"));

  /** The database for one of the engine's dialect names, at this version if one is given. */
  public static TargetDatabase of(String dialect, Optional<String> version) {
    TargetDatabase known = BY_DIALECT.get(dialect);
    if (known == null) {
      throw new UnsupportedModelException(
          "The JPA model has no Hibernate dialect for database '"
              + dialect
              + "'; it supports "
              + String.join(", ", BY_DIALECT.keySet().stream().sorted().toList()));
    }
    return version.map(v -> new TargetDatabase(known.productName, v)).orElse(known);
  }

  /** The Hibernate settings that name this database without connecting to it. */
  Map<String, Object> settings() {
    String[] parts = version.split("\\.");
    return Map.of(
        "jakarta.persistence.database-product-name",
        productName,
        "jakarta.persistence.database-major-version",
        parts[0],
        "jakarta.persistence.database-minor-version",
        parts.length > 1 ? parts[1] : "0",
        // 6.5 and later; older 6.x read the second name.
        "hibernate.boot.allow_jdbc_metadata_access",
        "false",
        "hibernate.temp.use_jdbc_metadata_defaults",
        "false");
  }
}
