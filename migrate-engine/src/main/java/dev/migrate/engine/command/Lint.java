package dev.migrate.engine.command;

import dev.migrate.engine.api.LintFinding;
import dev.migrate.engine.api.LintOptions;
import dev.migrate.engine.api.LintResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.lint.Finding;
import dev.migrate.engine.lint.LintRule;
import dev.migrate.engine.lint.Linter;
import dev.migrate.engine.runtime.MigrationRuntime;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.SqlMigration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lint}: the revisions to lint (pending ones when a database is configured, else all; or a
 * range, a revision, a file), the database's rules at its server version, and the findings by
 * revision. Revisions before the linted ones are read only for the column types they declare.
 */
public final class Lint {
  /** Without a server or a {@code serverVersion}, the rules of the newest servers apply. */
  private static final int NEWEST = 99;

  private final MigrateConfig config;
  private final Catalog catalog;

  public Lint(MigrateConfig config, Catalog catalog) {
    this.config = config;
    this.catalog = catalog;
  }

  /** Lints what {@code selection} chooses (null or blank: pending, or all without a database). */
  public LintResult run(MigrationRuntime runtime, String selection) {
    if (config.hasDatabase()) {
      return runtime.read(
          online -> lint(online.dialect(), major(online), online.rows(), selection));
    }
    if (config.dialect() == null) {
      throw new MigrateException(
          "lint needs to know the database: set dialect ("
              + Databases.dialectNames()
              + ") or a url");
    }
    return lint(Databases.forName(config.dialect()), configuredMajor(), null, selection);
  }

  /** Lints the pending revisions of a database that {@code check} already reads. */
  public LintResult pending(MigrationRuntime.Online online) {
    return lint(online.dialect(), major(online), online.rows(), null);
  }

  /**
   * The findings on pending revisions that reach {@code failOn}, one problem each, for {@code
   * check} with {@code lintOnCheck}.
   */
  public List<String> pendingProblems(MigrationRuntime.Online online) {
    List<String> problems = new ArrayList<>();
    for (LintFinding finding : pending(online).findings()) {
      if (finding.severity().reaches(config.lint().failOn())) {
        problems.add("lint: " + finding.text());
      }
    }
    return problems;
  }

  /**
   * The upgrade SQL of a revision being generated, with the lint findings as comments before the
   * statements concerned, so that its author sees them where they review it. The revision is linted
   * as new: what it creates is free, the rest is taken to exist.
   *
   * @param transactional the {@code transactional} header the revision will carry
   */
  public String annotate(Dialect dialect, String upgradeSql, boolean transactional) {
    Linter linter =
        new Linter(
            dialect.lintRules(),
            config.lint().severities(),
            configuredMajor(),
            config.statementLockTimeout() != null);
    for (Revision revision : oldestFirst(catalog.graph().history(List.of(), null))) {
      if (catalog.migrations().get(revision.id()) instanceof SqlMigration sql) {
        linter.learn(
            new Linter.Script(
                sql.upgradeSection().sql(),
                sql.upgradeSection().firstLine(),
                sql.upgradeStatements(dialect.syntax()),
                sql.transactional()));
      }
    }
    return linter.annotate(
        new Linter.Script(
            upgradeSql,
            1,
            dev.migrate.engine.sql.SqlSplitter.of(dialect.syntax())
                .split(upgradeSql, 1, "<new revision>"),
            transactional));
  }

  private LintResult lint(Dialect dialect, int major, List<String> rows, String selection) {
    LintOptions options = config.lint();
    Linter linter =
        new Linter(
            dialect.lintRules(),
            options.severities(),
            major,
            config.statementLockTimeout() != null);
    requireKnownOverrides(options);
    List<Revision> chosen = choose(rows, selection);
    Set<String> linted = new HashSet<>();
    chosen.forEach(revision -> linted.add(revision.id()));
    List<LintFinding> findings = new ArrayList<>();
    for (Revision revision : oldestFirst(catalog.graph().history(List.of(), null))) {
      Migration migration = catalog.migrations().get(revision.id());
      if (!(migration instanceof SqlMigration sql)) {
        continue;
      }
      Linter.Script script =
          new Linter.Script(
              sql.upgradeSection().sql(),
              sql.upgradeSection().firstLine(),
              sql.upgradeStatements(dialect.syntax()),
              sql.transactional());
      if (!linted.contains(revision.id())) {
        linter.learn(script);
        continue;
      }
      for (Finding finding : linter.lint(script)) {
        findings.add(
            new LintFinding(
                revision.id(),
                revision.source(),
                finding.line(),
                finding.column(),
                finding.rule(),
                finding.severity(),
                finding.message(),
                finding.why(),
                finding.instead()));
      }
    }
    List<String> ids = new ArrayList<>();
    chosen.forEach(revision -> ids.add(revision.id()));
    return new LintResult(ids, findings);
  }

  /** The revisions to lint, oldest first. */
  private List<Revision> choose(List<String> rows, String selection) {
    if (selection == null || selection.isBlank()) {
      if (rows == null) {
        return oldestFirst(catalog.graph().history(List.of(), null));
      }
      List<Revision> pending = new ArrayList<>();
      catalog
          .planner()
          .upgrade(rows, "heads")
          .steps()
          .forEach(
              step -> {
                if (step.revision() != null) {
                  pending.add(step.revision());
                }
              });
      return pending;
    }
    String chosen = selection.trim();
    if (chosen.endsWith(".sql")) {
      String file = chosen.replace('\\', '/');
      for (Revision revision : catalog.graph().revisions()) {
        String source = revision.source().replace('\\', '/');
        if (source.equals(file) || source.endsWith("/" + file) || file.endsWith("/" + source)) {
          return List.of(revision);
        }
      }
      throw new MigrateException("lint: no revision is read from " + chosen);
    }
    if (chosen.contains(":")) {
      return oldestFirst(catalog.graph().history(rows == null ? List.of() : rows, chosen));
    }
    return catalog.graph().resolve(chosen);
  }

  private static List<Revision> oldestFirst(List<Revision> newestFirst) {
    List<Revision> revisions = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(revisions);
    return revisions;
  }

  /** Every override names a rule of some database, so that a typo does not silently do nothing. */
  private static void requireKnownOverrides(LintOptions options) {
    if (options.severities().isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    for (DatabaseSupport database : Databases.all()) {
      for (String name : database.dialectNames()) {
        for (LintRule rule : Databases.forName(name).lintRules()) {
          known.add(rule.rule().id());
        }
      }
    }
    known.add(Linter.LINT_IGNORE.id());
    for (String rule : options.severities().keySet()) {
      if (!known.contains(rule)) {
        throw new SettingException(
            Setting.LINT_SEVERITY,
            null,
            "lintSeverity names an unknown rule '"
                + rule
                + "'; the rules are listed in docs/lint.md");
      }
    }
  }

  private int major(MigrationRuntime.Online online) {
    if (config.lint().serverVersion() != null) {
      return configuredMajor();
    }
    try {
      return online.connection().getMetaData().getDatabaseMajorVersion();
    } catch (SQLException e) {
      return NEWEST;
    }
  }

  private int configuredMajor() {
    String version = config.lint().serverVersion();
    if (version == null) {
      return NEWEST;
    }
    int dot = version.indexOf('.');
    return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
  }
}
