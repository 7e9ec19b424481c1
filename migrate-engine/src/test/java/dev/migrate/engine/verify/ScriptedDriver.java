package dev.migrate.engine.verify;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.schema.DatabaseSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A driver over hand-written linear revisions, so that the verifier's checks can be tested against
 * a real database independently of the script loader and the runtime. Every revision has at most
 * one parent, applied in declaration order; the version rows change as Alembic changes them.
 */
final class ScriptedDriver implements VerifyDriver {
  private final ScratchDatabase db;
  private final Map<String, Revision> revisions = new LinkedHashMap<>();
  private final Map<String, List<String>> ups = new LinkedHashMap<>();
  private final Map<String, List<String>> downs = new LinkedHashMap<>();
  private final SnapshotReader reader = new SnapshotReader(List.of("migrate_version"));

  ScriptedDriver(ScratchDatabase db) {
    this.db = db;
    execute(List.of("CREATE TABLE migrate_version (version_num VARCHAR(32) PRIMARY KEY)"));
  }

  /** Adds a revision; a null downgrade means the script has no downgrade section. */
  ScriptedDriver revision(
      String id, String parent, String message, List<String> up, List<String> down) {
    Revision revision =
        new Revision(
            id,
            parent == null ? List.of() : List.of(parent),
            List.of(),
            List.of(),
            message,
            "db/migrations/" + id + "_" + message.replace(' ', '_') + ".sql");
    revisions.put(id, revision);
    ups.put(id, up);
    downs.put(id, down);
    return this;
  }

  @Override
  public List<Revision> heads() {
    Set<String> parents = new HashSet<>();
    revisions.values().forEach(r -> parents.addAll(r.downRevisions()));
    return revisions.values().stream().filter(r -> !parents.contains(r.id())).toList();
  }

  @Override
  public List<Revision> revisions() {
    return List.copyOf(revisions.values());
  }

  @Override
  public Plan upgradeFromBase() {
    List<Step> steps = new ArrayList<>();
    Set<String> rows = new HashSet<>();
    for (Revision revision : revisions.values()) {
      String parent = revision.isBase() ? null : revision.downRevisions().get(0);
      RowChange change =
          rows.remove(parent)
              ? new RowChange.Update(parent, revision.id())
              : new RowChange.Insert(revision.id());
      rows.add(revision.id());
      steps.add(
          new Step(
              Direction.UPGRADE,
              revision,
              revision.downRevisions(),
              List.of(revision.id()),
              List.of(change)));
    }
    return new Plan(steps, List.of(), heads().stream().map(Revision::id).toList());
  }

  @Override
  public Plan downgradeToBase() {
    Plan upgrade = upgradeFromBase();
    List<Step> steps = new ArrayList<>();
    for (Step step : upgrade.steps()) {
      steps.add(0, Verifier.inverse(step));
    }
    return new Plan(steps, upgrade.headsAfter(), List.of());
  }

  @Override
  public boolean hasDowngrade(Revision revision) {
    return downs.get(revision.id()) != null;
  }

  @Override
  public void run(Step step) {
    String id = step.revision().id();
    List<String> sql =
        new ArrayList<>(step.direction() == Direction.UPGRADE ? ups.get(id) : downs.get(id));
    for (RowChange change : step.rowChanges()) {
      if (change instanceof RowChange.Insert insert) {
        sql.add("INSERT INTO migrate_version VALUES ('" + insert.id() + "')");
      } else if (change instanceof RowChange.Delete delete) {
        sql.add("DELETE FROM migrate_version WHERE version_num = '" + delete.id() + "'");
      } else if (change instanceof RowChange.Update update) {
        sql.add(
            "UPDATE migrate_version SET version_num = '"
                + update.to()
                + "' WHERE version_num = '"
                + update.from()
                + "'");
      }
    }
    execute(sql);
  }

  @Override
  public DatabaseSchema snapshot() {
    try (Connection connection = db.connect()) {
      return reader.read(connection);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void execute(List<String> statements) {
    try (Connection connection = db.connect();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new MigrateException(e.getMessage(), e);
    }
  }
}
