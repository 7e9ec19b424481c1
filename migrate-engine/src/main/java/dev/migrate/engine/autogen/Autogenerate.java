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
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.script.Authoring;
import dev.migrate.engine.script.NewRevision;
import dev.migrate.engine.script.RevisionWriter;
import dev.migrate.engine.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code revision --autogenerate} and the model half of {@code check}: the scripts applied to one
 * scratch database, the model to another of the same kind (or a live database read as it is), both
 * read into the schema model, filtered, aligned and diffed. A revision is written only after its
 * upgrade, run on the scripts' scratch database, gives the model's schema and its downgrade gives
 * the scripts' schema back.
 *
 * <p>When the scripts are those of an earlier run, their schema is remembered ({@link
 * ScriptsSchemaCache}) and only the model's side is built; the revision is then proven the other
 * way round on the model's scratch database, and anything short of an exact result falls back to
 * building the scripts' side.
 */
public final class Autogenerate {
  private final MigrateConfig config;
  private final Reporter reporter;
  private final TableFilter filter;
  private final ScriptsSchemaCache cache;
  private final Proof proof;

  public Autogenerate(MigrateConfig config) {
    this.config = config;
    this.reporter = config.reporter();
    this.filter = TableFilter.of(config.includeTables(), config.excludeTables());
    this.cache = ScriptsSchemaCache.of(config);
    this.proof = new Proof(filter, reporter);
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
    Plan plan = plan(catalog, parentTarget(spec.head()));
    Request request = new Request(spec, versionPath, authoring, catalog, plan);
    try (Background<Model> model = modelAside(supplied)) {
      Optional<String> key = cache.key(catalog, plan);
      Optional<ScriptsSchemaCache.Remembered> remembered = key.flatMap(cache::read);
      if (remembered.isPresent()) {
        Optional<AutogenerateResult> done = revisionOnModelSide(remembered.get(), model, request);
        if (done.isPresent()) {
          return done.get();
        }
      }
      // The two scratch databases are dropped at once (closed in reverse order).
      try (SchemaSide scripts = SchemaSide.withScripts(config, catalog, plan, true);
          Background.Release dropModel = model.releasing()) {
        DatabaseSchema current = scripts.read();
        boolean remember = remember(key, catalog, plan, scripts, current);
        Comparison comparison = compare(current, model.join().schema());
        report(comparison);
        if (comparison.isEmpty()) {
          return nothingDetected();
        }
        requireExpressed(comparison);
        String upgrade = render(scripts, comparison.upgrade());
        String downgrade = render(scripts, comparison.downgrade());
        SubsetRead upgraded = proveForward(scripts, request, comparison, upgrade, downgrade);
        return write(
            request,
            comparison,
            new Proven(scripts.dialect(), upgrade, downgrade, current, upgraded, scripts.server()),
            remember);
      }
    }
  }

  /**
   * The proof on the scripts' scratch database; on the scripts replayed on ordinary tables when it
   * fails on temporary ones, which some of a model's objects refuse (a materialized view may not
   * read a temporary table). The scripts read alike on both, so the revision is the same.
   */
  private SubsetRead proveForward(
      SchemaSide scripts,
      Request request,
      Comparison comparison,
      String upgrade,
      String downgrade) {
    try {
      return proof.forward(scripts, comparison, upgrade, downgrade);
    } catch (UnprovableRevisionException e) {
      if (!scripts.temporary()) {
        throw e;
      }
      reporter.debug(
          "autogenerate: the revision does not prove out on the scripts' temporary tables ("
              + String.join("; ", e.objects())
              + "); proving it on ordinary ones");
      try (SchemaSide ordinary =
          SchemaSide.withScripts(config, request.catalog(), request.plan(), false)) {
        return proof.forward(ordinary, comparison, upgrade, downgrade);
      }
    }
  }

  /**
   * The revision against the scripts' remembered schema, proven backwards on the model's scratch
   * database: its downgrade must give the remembered schema exactly, names included, and its
   * upgrade the model again. Empty when that does not hold or the server is another one: the
   * scripts' side is then built and the revision proven on it, as without a remembered schema.
   */
  private Optional<AutogenerateResult> revisionOnModelSide(
      ScriptsSchemaCache.Remembered remembered, Background<Model> built, Request request) {
    Model model = built.join();
    if (!usable(remembered, model, request.catalog(), request.plan())) {
      return Optional.empty();
    }
    SchemaSide side = model.side();
    Comparison comparison = compare(remembered.schema(), model.schema());
    if (comparison.isEmpty()) {
      report(comparison);
      return Optional.of(nothingDetected());
    }
    if (!comparison.unexpressed().isEmpty()) {
      report(comparison);
      requireExpressed(comparison);
    }
    String upgrade = render(side, comparison.upgrade());
    String downgrade = render(side, comparison.downgrade());
    Optional<SubsetRead> upgraded = proof.backward(side, comparison, upgrade, downgrade);
    if (upgraded.isEmpty()) {
      reporter.debug(
          "autogenerate: the revision does not prove out on the model's scratch database;"
              + " building the scripts' side");
      return Optional.empty();
    }
    String server = side.server();
    // The model's scratch database is dropped while the revision is written.
    built.release();
    report(comparison);
    Proven proven =
        new Proven(side.dialect(), upgrade, downgrade, remembered.schema(), upgraded.get(), server);
    return Optional.of(write(request, comparison, proven, true));
  }

  /**
   * The model's changes that no revision captures, one line each ({@code model sql:schema.sql:
   * added column 'customer.email'}); empty when the scripts at their heads give the model.
   */
  public List<String> drift(ModelDdl supplied) {
    Catalog catalog = Catalog.loadAllowingNone(config);
    Plan plan = plan(catalog, "heads");
    DatabaseSchema current;
    Comparison comparison;
    try (Background<Model> modelSchema = modelAside(supplied)) {
      Optional<String> key = cache.key(catalog, plan);
      Optional<ScriptsSchemaCache.Remembered> remembered = key.flatMap(cache::read);
      if (remembered.isPresent() && usable(remembered.get(), modelSchema.join(), catalog, plan)) {
        current = remembered.get().schema();
        modelSchema.release();
      } else {
        // The two scratch databases are dropped at once (closed in reverse order).
        try (SchemaSide scripts = SchemaSide.withScripts(config, catalog, plan, true);
            Background.Release dropModel = modelSchema.releasing()) {
          current = scripts.read();
          remember(key, catalog, plan, scripts, current);
        }
      }
      comparison = compare(current, modelSchema.join().schema());
    }
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

  /**
   * True when the remembered schema stands for the scripts here: the model was built on a scratch
   * database of the server it was read on, and the scripts only define the schema.
   */
  private static boolean usable(
      ScriptsSchemaCache.Remembered remembered, Model model, Catalog catalog, Plan plan) {
    return model.side() != null
        && model.side().server().equals(remembered.server())
        && ScriptsSchemaCache.definitionsOnly(catalog, plan, model.side().dialect());
  }

  /** Remembers the scripts' schema just read, when its scripts may be; true when it did. */
  private boolean remember(
      Optional<String> key,
      Catalog catalog,
      Plan plan,
      SchemaSide scripts,
      DatabaseSchema current) {
    if (key.isEmpty() || !ScriptsSchemaCache.definitionsOnly(catalog, plan, scripts.dialect())) {
      return false;
    }
    cache.write(key.get(), scripts.server(), current);
    return true;
  }

  /**
   * What a run asked for: where the revision goes, the scripts it follows and the plan that builds
   * their schema (null for none).
   */
  private record Request(
      NewRevision spec, Path versionPath, Authoring authoring, Catalog catalog, Plan plan) {}

  /**
   * A revision that proved out.
   *
   * @param before the scripts' schema it follows, unfiltered
   * @param upgraded what a read after its upgrade found
   * @param server the server it was proven on
   */
  private record Proven(
      Dialect dialect,
      String upgrade,
      String downgrade,
      DatabaseSchema before,
      SubsetRead upgraded,
      String server) {}

  /**
   * Writes the proven revision, and when asked to, remembers the scripts' schema with it on top.
   */
  private AutogenerateResult write(
      Request request, Comparison comparison, Proven proven, boolean remember) {
    // Its author reviews the file before it runs: lock-heavy statements carry the lint's advice.
    String reviewed =
        new Lint(config, request.catalog()).annotate(proven.dialect(), proven.upgrade(), true);
    RevisionWriter.Written written =
        request
            .authoring()
            .write(
                request.spec(),
                request.versionPath(),
                new RevisionWriter.Bodies(reviewed, proven.downgrade()));
    if (remember) {
      rememberAfter(request.plan(), written.revision().id(), proven);
    }
    return new AutogenerateResult(written.path(), comparison.detected(), comparison.hints());
  }

  /**
   * Remembers the schema the scripts give with the new revision on top: the one before it, with the
   * tables the proof read after the upgrade in place. Only when the plan to the new revision is the
   * old plan and one step more (not when the scripts had other heads).
   */
  private void rememberAfter(Plan before, String revision, Proven proven) {
    Catalog after = Catalog.loadAllowingNone(config);
    if (!after.migrations().containsKey(revision)) {
      return; // written outside the locations
    }
    Plan plan = after.planner().upgrade(List.of(), revision);
    List<String> expected = new ArrayList<>(revisions(before));
    expected.add(revision);
    if (!revisions(plan).equals(expected)) {
      return;
    }
    // The plan before it was checked when it was remembered; only the new script is new.
    if (!ScriptsSchemaCache.definitionsOnly(after.migrations().get(revision), proven.dialect())) {
      return;
    }
    cache
        .key(after, plan)
        .ifPresent(
            k ->
                cache.write(
                    k,
                    proven.server(),
                    SchemaWithRevision.of(proven.before(), proven.upgraded(), filter)));
  }

  private static List<String> revisions(Plan plan) {
    return plan == null
        ? List.of()
        : plan.steps().stream().map(step -> step.revision().id()).toList();
  }

  private void report(Comparison comparison) {
    comparison.detected().forEach(reporter::info);
    comparison.hints().forEach(reporter::warn);
  }

  private AutogenerateResult nothingDetected() {
    reporter.info("No changes in schema detected");
    return new AutogenerateResult(null, List.of(), List.of());
  }

  private static void requireExpressed(Comparison comparison) {
    if (!comparison.unexpressed().isEmpty()) {
      throw new UnprovableRevisionException(
          comparison.unexpressed().stream().map(Autogenerate::unexpressed).toList());
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

  /** The plan from an empty database to {@code target}; null for none (a new root, no scripts). */
  private static Plan plan(Catalog catalog, String target) {
    if (target == null || catalog.graph().revisions().isEmpty()) {
      return null;
    }
    return catalog.planner().upgrade(List.of(), target);
  }

  /** Where the new revision goes, as an upgrade target; null for a new root. */
  private static String parentTarget(String head) {
    if (head == null || head.isBlank() || head.equals("head")) {
      return "heads";
    }
    return head.equals("base") ? null : head;
  }

  /** The model's schema, built on its own scratch database while the scripts run on theirs. */
  private Background<Model> modelAside(ModelDdl supplied) {
    return new Background<>("migrate-model", (deliver, held) -> model(supplied, deliver, held));
  }

  /**
   * The model's schema, and the scratch database it was built on, open until released (null for a
   * live database).
   */
  private record Model(DatabaseSchema schema, SchemaSide side) {}

  /** The two schemas compared, each filtered. */
  private Comparison compare(DatabaseSchema current, DatabaseSchema model) {
    return Comparison.of(
        filter.apply(current), filter.apply(model), Renames.of(config.renameColumns()));
  }

  /**
   * The model's schema, handed to {@code deliver}: its DDL applied to a scratch database, or a live
   * database read. The scratch database is dropped once released, as the scripts' one is.
   */
  private void model(ModelDdl supplied, Consumer<Model> deliver, Runnable held) {
    ModelSpec spec = config.model();
    if (supplied == null && spec == null) {
      throw ModelException.none();
    }
    if (supplied == null && spec.kind() == ModelSpec.Kind.DATABASE) {
      deliver.accept(new Model(LiveModel.read(config, spec), null));
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
    // Asked in the scratch database's dialect, which is the scripts' side's too.
    Function<String, List<Statement>> inDialect =
        dialect -> {
          List<Statement> statements = statements(ddl, dialect);
          if (statements.isEmpty()) {
            throw new ModelException(
                shown, ddl.description() + " holds no statement: no model found");
          }
          return statements;
        };
    try (SchemaSide side = SchemaSide.withModel(config, shown, ddl.description(), inDialect)) {
      deliver.accept(new Model(side.read(), side));
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

  private static String unexpressed(Difference d) {
    return Proof.describe(d) + " (autogenerate cannot write this change)";
  }
}
