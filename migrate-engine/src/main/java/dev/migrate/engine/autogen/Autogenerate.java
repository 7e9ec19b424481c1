package dev.migrate.engine.autogen;

import dev.migrate.engine.api.AutogenerateResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.ModelDdl;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.engine.api.error.ModelException;
import dev.migrate.engine.api.error.UnprovableRevisionException;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.command.Lint;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.TableSubset;
import dev.migrate.engine.script.Authoring;
import dev.migrate.engine.script.NewRevision;
import dev.migrate.engine.script.RevisionWriter;
import dev.migrate.engine.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code revision --autogenerate} and the model half of {@code check}: the scripts applied to one
 * scratch database, the model to another of the same kind (or a live database read as it is), both
 * read into the schema model, filtered, aligned and diffed. A revision is written only after its
 * upgrade, run on the scripts' scratch database, gives the model's schema and its downgrade gives
 * the scripts' schema back.
 */
public final class Autogenerate {
  private final MigrateConfig config;
  private final Reporter reporter;
  private final TableFilter filter;

  public Autogenerate(MigrateConfig config) {
    this.config = config;
    this.reporter = config.reporter();
    this.filter = TableFilter.of(config.includeTables(), config.excludeTables());
  }

  /**
   * Writes the revision that brings the scripts' schema at the request's parent to the model, and
   * prints what it detected; writes nothing when they agree.
   *
   * @param supplied the model, or null for the configured one
   */
  public AutogenerateResult revision(
      NewRevision spec, Path versionPath, Authoring authoring, ModelDdl supplied) {
    Catalog catalog = Catalog.loadAllowingNone(config);
    // The two scratch databases are made at once and dropped at once (closed in reverse order).
    try (Background<DatabaseSchema> model = modelAside(supplied);
        SchemaSide scripts = SchemaSide.open(config);
        Background.Release dropModel = model.releasing()) {
      upgrade(scripts, catalog, parentTarget(spec.head()));
      Comparison comparison = compare(scripts, model);
      comparison.detected().forEach(reporter::info);
      comparison.hints().forEach(reporter::warn);
      if (comparison.isEmpty()) {
        reporter.info("No changes in schema detected");
        return new AutogenerateResult(null, List.of(), List.of());
      }
      if (!comparison.unexpressed().isEmpty()) {
        throw new UnprovableRevisionException(
            comparison.unexpressed().stream().map(Autogenerate::unexpressed).toList());
      }
      String upgrade = render(scripts, comparison.upgrade());
      String downgrade = render(scripts, comparison.downgrade());
      prove(scripts, comparison, upgrade, downgrade);
      // Its author reviews the file before it runs: lock-heavy statements carry the lint's advice.
      String reviewed = new Lint(config, catalog).annotate(scripts.dialect(), upgrade, true);
      Path written =
          authoring.revision(spec, versionPath, new RevisionWriter.Bodies(reviewed, downgrade));
      return new AutogenerateResult(written, comparison.detected(), comparison.hints());
    }
  }

  /**
   * The model's changes that no revision captures, one line each ({@code model sql:schema.sql:
   * added column 'customer.email'}); empty when the scripts at their heads give the model.
   */
  public List<String> drift(ModelDdl supplied) {
    Catalog catalog = Catalog.loadAllowingNone(config);
    // The two scratch databases are made at once and dropped at once (closed in reverse order).
    try (Background<DatabaseSchema> modelSchema = modelAside(supplied);
        SchemaSide scripts = SchemaSide.open(config);
        Background.Release dropModel = modelSchema.releasing()) {
      upgrade(scripts, catalog, "heads");
      Comparison comparison = compare(scripts, modelSchema);
      String model = supplied != null ? supplied.description() : "model " + config.model();
      List<String> problems = new ArrayList<>();
      for (String line : comparison.detected()) {
        problems.add(
            model
                + " has a change that no revision captures: "
                + line.replaceFirst("^Detected ", "")
                + " (run revision --autogenerate)");
      }
      for (Difference difference : comparison.unexpressed()) {
        problems.add(model + " differs from the scripts: " + unexpressed(difference));
      }
      return problems;
    }
  }

  /** The section's text; a change the database cannot write (no name to drop by) is unprovable. */
  private static String render(
      SchemaSide scripts, List<dev.migrate.engine.schema.change.SchemaChange> changes) {
    try {
      return SectionText.render(scripts.dialect(), changes);
    } catch (dev.migrate.engine.migration.InvalidOperationException e) {
      throw new UnprovableRevisionException(List.of(e.getMessage()));
    }
  }

  private static void upgrade(SchemaSide scripts, Catalog catalog, String target) {
    if (target != null && !catalog.graph().revisions().isEmpty()) {
      scripts.upgrade(catalog, catalog.planner().upgrade(List.of(), target));
    }
  }

  /** Where the new revision goes, as an upgrade target; null for a new root. */
  private static String parentTarget(String head) {
    if (head == null || head.isBlank() || head.equals("head")) {
      return "heads";
    }
    return head.equals("base") ? null : head;
  }

  /** The model's schema, built on its own scratch database while the scripts run on theirs. */
  private Background<DatabaseSchema> modelAside(ModelDdl supplied) {
    return new Background<>("migrate-model", (deliver, held) -> model(supplied, deliver, held));
  }

  /** The scripts' side is read while the model's may still be building on its own thread. */
  private Comparison compare(SchemaSide scripts, Background<DatabaseSchema> modelSchema) {
    DatabaseSchema current = filter.apply(scripts.read());
    DatabaseSchema model = filter.apply(modelSchema.join());
    return Comparison.of(current, model, Renames.of(config.renameColumns()));
  }

  /**
   * The model's schema, handed to {@code deliver}: its DDL applied to a scratch database, or a live
   * database read. The scratch database is dropped once released, as the scripts' one is.
   */
  private void model(ModelDdl supplied, Consumer<DatabaseSchema> deliver, Runnable held) {
    ModelSpec spec = config.model();
    if (supplied == null && spec == null) {
      throw ModelException.none();
    }
    if (supplied == null && spec.kind() == ModelSpec.Kind.DATABASE) {
      deliver.accept(LiveModel.read(config, spec));
      return;
    }
    if (supplied == null && spec.kind() == ModelSpec.Kind.JPA) {
      throw ModelException.jpaNeedsModule(spec.toString());
    }
    ModelDdl ddl =
        supplied != null
            ? supplied
            : new SqlFileModel(config.baseDirectory().resolve(spec.location()), spec.location());
    String shown = supplied != null ? ddl.description() : spec.toString();
    try (SchemaSide side = SchemaSide.open(config)) {
      // Asked in the scratch database's dialect, which is the scripts' side's too.
      List<Statement> statements = statements(ddl, side.dialectName());
      if (statements.isEmpty()) {
        throw new ModelException(shown, ddl.description() + " holds no statement: no model found");
      }
      side.apply(shown, ddl.description(), statements);
      deliver.accept(side.read());
      // Dropped together with the scripts' database: dropping a database makes the server sync
      // every other database's new files first, the scripts' thousands while they are still used.
      held.run();
    }
  }

  private static List<Statement> statements(ModelDdl ddl, String dialect) {
    if (ddl instanceof SqlFileModel file) {
      return file.split(dialect);
    }
    List<String> sql = ddl.statements(dialect);
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < sql.size(); i++) {
      statements.add(new Statement(sql.get(i), 0, i + 1));
    }
    return statements;
  }

  /**
   * Runs the upgrade on the scripts' scratch database and requires the model's schema, then the
   * downgrade and requires the scripts' schema back; lists what differs otherwise. Each time only
   * the tables the revision can reach are read and compared ({@link Reach}).
   */
  private void prove(SchemaSide scripts, Comparison comparison, String upgrade, String downgrade) {
    List<String> problems = new ArrayList<>();
    Optional<String> failed = scripts.tryRun(SectionText.statements(scripts.dialect(), upgrade));
    if (failed.isPresent()) {
      throw new UnprovableRevisionException(List.of("upgrade " + failed.get()));
    }
    TableSubset reach = Reach.of(comparison);
    SubsetRead afterUpgrade = scripts.read(reach);
    DatabaseSchema upgraded = filter.apply(afterUpgrade.schema());
    DatabaseSchema desired = comparison.desired().onlyTables(afterUpgrade.covered());
    for (Difference d : differences(Alignment.align(upgraded, desired), upgraded)) {
      problems.add("after the upgrade, " + describe(d));
    }
    problems.addAll(
        tablesOutside("after the upgrade, ", afterUpgrade, comparison.desired(), filter));
    if (!problems.isEmpty()) {
      throw new UnprovableRevisionException(problems);
    }
    failed = scripts.tryRun(SectionText.statements(scripts.dialect(), downgrade));
    if (failed.isPresent()) {
      throw new UnprovableRevisionException(List.of("downgrade " + failed.get()));
    }
    SubsetRead afterDowngrade = scripts.read(reach);
    DatabaseSchema current = comparison.current().onlyTables(afterDowngrade.covered());
    for (Difference d : differences(current, filter.apply(afterDowngrade.schema()))) {
      problems.add("after the downgrade, " + describe(d));
    }
    problems.addAll(
        tablesOutside("after the downgrade, ", afterDowngrade, comparison.current(), filter));
    if (!problems.isEmpty()) {
      throw new UnprovableRevisionException(problems);
    }
    reporter.debug("autogenerate: the revision proves out on the scratch database");
  }

  /**
   * Tables that appeared or went outside the tables a read covered, which a statement of the
   * revision can only have made or dropped by a bug: the comparison of the covered ones cannot see
   * them.
   */
  static List<String> tablesOutside(
      String when, SubsetRead read, DatabaseSchema expected, TableFilter filter) {
    List<String> problems = new ArrayList<>();
    for (String table : read.tableNames()) {
      if (filter.owns(table)
          && !read.covered().covers(table)
          && !expected.tables().containsKey(table)) {
        problems.add(when + "table " + table + " is there but should not be");
      }
    }
    for (String table : expected.tables().keySet()) {
      if (!read.covered().covers(table) && !read.tableNames().contains(table)) {
        problems.add(when + "table " + table + " is missing");
      }
    }
    problems.sort(null);
    return problems;
  }

  /** Compared with expressions in one spelling: engines reprint what they are given. */
  private static List<Difference> differences(DatabaseSchema expected, DatabaseSchema actual) {
    return SchemaComparison.compare(Alignment.canonical(expected), Alignment.canonical(actual));
  }

  private static String unexpressed(Difference d) {
    return describe(d) + " (autogenerate cannot write this change)";
  }

  /** A difference in plain words, from the point of view of the schema wanted. */
  static String describe(Difference d) {
    return switch (d.change()) {
      case EXTRA -> d.object() + " is there but should not be";
      case MISSING -> d.object() + " is missing";
      case CHANGED ->
          d.attribute()
              + " of "
              + d.object()
              + " is "
              + d.actual()
              + " where the model has "
              + d.expected();
    };
  }
}
