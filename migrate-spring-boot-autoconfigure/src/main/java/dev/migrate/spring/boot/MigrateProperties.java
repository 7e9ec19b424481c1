package dev.migrate.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's own properties under {@code migrate.}. The engine's settings ({@code
 * migrate.locations}, {@code migrate.version-table}, {@code migrate.lock-timeout}, ...) are not
 * repeated here: they are read by name from the engine's setting table (see {@link
 * EnvironmentSettingSource}).
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {
  /** Whether to migrate on start-up and register the endpoint and health contributor. */
  private boolean enabled = true;

  /** The revision to upgrade to: heads, a revision, a label@head. */
  private String target = "heads";

  /**
   * Read-only mode: migrate nothing and fail the start when revisions are pending or a failure is
   * recorded (for applications whose database a separate job migrates).
   */
  private boolean failOnPending = false;

  /**
   * DataSource beans to migrate, by bean name, each with its own settings ({@code
   * migrate.datasources.orders.locations}); unset settings fall back to {@code migrate.*}. When
   * none is listed, the application's DataSource is migrated.
   */
  private Map<String, DataSourceMigration> datasources = new LinkedHashMap<>();

  private final Health health = new Health();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public boolean isFailOnPending() {
    return failOnPending;
  }

  public void setFailOnPending(boolean failOnPending) {
    this.failOnPending = failOnPending;
  }

  public Map<String, DataSourceMigration> getDatasources() {
    return datasources;
  }

  public void setDatasources(Map<String, DataSourceMigration> datasources) {
    this.datasources = datasources;
  }

  public Health getHealth() {
    return health;
  }

  /** One DataSource of several; the engine's settings sit beside these under the same prefix. */
  public static class DataSourceMigration {
    /** Whether to migrate this DataSource. */
    private boolean enabled = true;

    /** The revision to upgrade this DataSource to; unset for migrate.target. */
    private String target;

    /** Read-only mode for this DataSource; unset for migrate.fail-on-pending. */
    private Boolean failOnPending;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getTarget() {
      return target;
    }

    public void setTarget(String target) {
      this.target = target;
    }

    public Boolean getFailOnPending() {
      return failOnPending;
    }

    public void setFailOnPending(Boolean failOnPending) {
      this.failOnPending = failOnPending;
    }
  }

  /** The {@code migrate} health contributor. */
  public static class Health {
    /** Whether to register the migrate health contributor. */
    private boolean enabled = true;

    /** The health status reported while revisions are pending. */
    private String pendingStatus = "OUT_OF_SERVICE";

    /** The health status reported while a failed revision is recorded. */
    private String failedStatus = "DOWN";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPendingStatus() {
      return pendingStatus;
    }

    public void setPendingStatus(String pendingStatus) {
      this.pendingStatus = pendingStatus;
    }

    public String getFailedStatus() {
      return failedStatus;
    }

    public void setFailedStatus(String failedStatus) {
      this.failedStatus = failedStatus;
    }
  }
}
