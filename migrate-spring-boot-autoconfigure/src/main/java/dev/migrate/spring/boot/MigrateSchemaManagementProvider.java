package dev.migrate.spring.boot;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Answers Hibernate's question whether a DataSource's schema is managed, so that its {@code
 * ddl-auto} default backs off to {@code none} for an embedded database migrate creates.
 */
public class MigrateSchemaManagementProvider implements SchemaManagementProvider {
  private final MigrateTargets targets;

  public MigrateSchemaManagementProvider(MigrateTargets targets) {
    this.targets = targets;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return targets.manages(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
  }
}
