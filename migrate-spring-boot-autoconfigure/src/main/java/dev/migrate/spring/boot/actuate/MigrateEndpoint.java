package dev.migrate.spring.boot.actuate;

import dev.migrate.engine.api.HistoryRecord;
import dev.migrate.engine.api.Status;
import dev.migrate.spring.boot.MigrateTarget;
import dev.migrate.spring.boot.MigrateTargets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * {@code /actuator/migrate}: per migrated DataSource its current heads, the scripts' heads, the
 * pending revisions, a recorded failure and the history rows, in the envelope of {@code
 * /actuator/flyway} ({@code contexts.<id>.migrateBeans.<dataSource>}).
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {
  private final ApplicationContext context;
  private final MigrateTargets targets;

  public MigrateEndpoint(ApplicationContext context, MigrateTargets targets) {
    this.context = context;
    this.targets = targets;
  }

  /** The state of every migrated DataSource. */
  @ReadOperation
  public MigrateReport migrate() {
    Map<String, DataSourceReport> beans = new LinkedHashMap<>();
    for (MigrateTarget target : targets.all()) {
      Status status = target.migrator().status();
      beans.put(
          target.name(),
          new DataSourceReport(
              status.currentHeads(),
              status.scriptHeads(),
              status.pending(),
              status.upToDate(),
              status.failedRevision(),
              target.migrator().historyRecords()));
    }
    String parentId = context.getParent() == null ? null : context.getParent().getId();
    return new MigrateReport(Map.of(context.getId(), new ContextReport(beans, parentId)));
  }

  /** The endpoint's answer: one entry per application context. */
  public record MigrateReport(Map<String, ContextReport> contexts) {}

  /** One context's migrated DataSources, by bean name. */
  public record ContextReport(Map<String, DataSourceReport> migrateBeans, String parentId) {}

  /**
   * One DataSource.
   *
   * @param currentHeads the database's revisions
   * @param scriptHeads the scripts' heads
   * @param pending revisions an upgrade would apply, in order
   * @param upToDate true when nothing is pending
   * @param failedRevision a recorded, unresolved failure, or null
   * @param history the history table's rows, oldest first
   */
  public record DataSourceReport(
      List<String> currentHeads,
      List<String> scriptHeads,
      List<String> pending,
      boolean upToDate,
      String failedRevision,
      List<HistoryRecord> history) {}
}
