package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.sql.SqlSplitException;
import dev.migrate.engine.sql.SqlSplitter;
import dev.migrate.engine.sql.SqlSyntax;
import dev.migrate.engine.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A revision written as a SQL script. Its header was parsed when it loaded; its sections stay raw
 * text until they run, because splitting depends on the target database. A script whose header came
 * from the {@link HeaderCache} reads its sections from the file only when a command asks for them,
 * so that listing commands never open it.
 */
public final class SqlMigration extends AbstractMigration {
  private final String createDate;
  private final boolean hasDowngrade;
  private Supplier<Sections> sectionSource;
  private Sections sections;

  /** Both sections of a script; {@code downgrade} is null when it has none. */
  record Sections(ScriptSection upgrade, ScriptSection downgrade) {}

  /**
   * @param createDate the {@code create_date} header as written, or null
   * @param downgrade the downgrade section, or null when the script has none
   */
  public SqlMigration(
      Revision revision,
      String checksum,
      boolean transactional,
      String createDate,
      ScriptSection upgrade,
      ScriptSection downgrade) {
    this(revision, fixed(checksum), transactional, createDate, upgrade, downgrade);
  }

  /**
   * A migration whose checksum is hashed from {@code normalisedText} only when first asked for.
   *
   * @param normalisedText the whole script as {@link ScriptText#normalise} returns it
   */
  static SqlMigration hashedOnDemand(
      Revision revision,
      String normalisedText,
      boolean transactional,
      String createDate,
      ScriptSection upgrade,
      ScriptSection downgrade) {
    Objects.requireNonNull(normalisedText, "normalisedText");
    return new SqlMigration(
        revision,
        () -> ScriptText.checksum(normalisedText),
        transactional,
        createDate,
        upgrade,
        downgrade);
  }

  /**
   * A migration known from a cached header whose sections are read on first use.
   *
   * @param sections reads the script again; throws a {@link ScriptException} when it no longer
   *     matches the cached header
   */
  static SqlMigration withLazySections(
      Revision revision,
      String checksum,
      boolean transactional,
      String createDate,
      boolean hasDowngrade,
      Supplier<Sections> sections) {
    return new SqlMigration(
        revision,
        fixed(checksum),
        transactional,
        createDate,
        hasDowngrade,
        Objects.requireNonNull(sections, "sections"),
        null);
  }

  private SqlMigration(
      Revision revision,
      Supplier<String> checksum,
      boolean transactional,
      String createDate,
      ScriptSection upgrade,
      ScriptSection downgrade) {
    this(
        revision,
        checksum,
        transactional,
        createDate,
        downgrade != null,
        null,
        new Sections(Objects.requireNonNull(upgrade, "upgrade"), downgrade));
  }

  private SqlMigration(
      Revision revision,
      Supplier<String> checksum,
      boolean transactional,
      String createDate,
      boolean hasDowngrade,
      Supplier<Sections> sectionSource,
      Sections sections) {
    super(revision, checksum, transactional);
    this.createDate = createDate;
    this.hasDowngrade = hasDowngrade;
    this.sectionSource = sectionSource;
    this.sections = sections;
  }

  private static Supplier<String> fixed(String checksum) {
    Objects.requireNonNull(checksum, "checksum");
    return () -> checksum;
  }

  private synchronized Sections sections() {
    if (sections == null) {
      sections = Objects.requireNonNull(sectionSource.get(), "sections");
      sectionSource = null;
    }
    return sections;
  }

  /** Whether the sections are in memory; false until a cached script's are first asked for. */
  synchronized boolean sectionsLoaded() {
    return sections != null;
  }

  @Override
  public boolean hasDowngrade() {
    return hasDowngrade;
  }

  /** Where the script came from, as shown in messages. */
  public String file() {
    return revision().source();
  }

  public Optional<String> createDate() {
    return Optional.ofNullable(createDate);
  }

  public ScriptSection upgradeSection() {
    return sections().upgrade();
  }

  public Optional<ScriptSection> downgradeSection() {
    return Optional.ofNullable(sections().downgrade());
  }

  /** The upgrade statements as {@code syntax} splits them, with file lines. */
  public List<Statement> upgradeStatements(SqlSyntax syntax) {
    return split(sections().upgrade(), syntax);
  }

  /** The downgrade statements; an error naming the revision and file when there is no section. */
  public List<Statement> downgradeStatements(SqlSyntax syntax) {
    ScriptSection downgrade = sections().downgrade();
    if (downgrade == null) {
      throw new ScriptException(
          file(),
          0,
          "revision "
              + revision().id()
              + " cannot be downgraded: the script has no '-- migrate:downgrade' section");
    }
    return split(downgrade, syntax);
  }

  @Override
  public void upgrade(MigrationContext context) {
    send(upgradeStatements(context.dialect().syntax()), context);
  }

  @Override
  public void downgrade(MigrationContext context) {
    send(downgradeStatements(context.dialect().syntax()), context);
  }

  // Split completely before sending anything, so a script that cannot be split runs nothing.
  private static void send(List<Statement> statements, MigrationContext context) {
    for (Statement statement : statements) {
      context.sink().execute(statement);
    }
  }

  /**
   * Splits both sections as {@code syntax} would when they run, so that a script that cannot be
   * split is found before anything runs; a {@link ScriptException} names the file and line. The
   * statements come back for checks of their own.
   */
  public Split requireSplittable(SqlSyntax syntax) {
    Sections both = sections();
    List<Statement> upgrade = split(both.upgrade(), syntax);
    List<Statement> downgrade =
        both.downgrade() == null ? List.of() : split(both.downgrade(), syntax);
    return new Split(upgrade, downgrade);
  }

  /**
   * Both sections as a syntax splits them, with file lines, for a caller that checks them before a
   * run; the downgrade is empty when the script has none.
   */
  public record Split(List<Statement> upgrade, List<Statement> downgrade) {}

  private List<Statement> split(ScriptSection section, SqlSyntax syntax) {
    try {
      return SqlSplitter.of(syntax).split(section.sql(), section.firstLine(), file());
    } catch (SqlSplitException e) {
      if (section == sections().upgrade() && markerInsideOpenConstruct(syntax)) {
        int marker = sections().downgrade().firstLine() - 1;
        throw new ScriptException(
            file(),
            marker,
            "the '-- migrate:downgrade' marker stands inside a quoted body or comment that is"
                + " opened on line "
                + e.line()
                + " and closed after the marker; a marker ends its section wherever it stands,"
                + " so move it below the end of that body (revision "
                + revision().id()
                + ")",
            e);
      }
      throw new ScriptException(
          file(), e.line(), e.problem() + " (revision " + revision().id() + ")", e);
    }
  }

  /**
   * True when the upgrade section fails to split only because the downgrade marker cut a quoted
   * body or comment in two: the two sections with the marker line between them split cleanly.
   */
  private boolean markerInsideOpenConstruct(SqlSyntax syntax) {
    ScriptSection upgrade = sections().upgrade();
    ScriptSection downgrade = sections().downgrade();
    if (downgrade == null || downgrade.firstLine() <= upgrade.firstLine()) {
      return false;
    }
    String before = upgrade.sql().endsWith("\n") ? upgrade.sql() : upgrade.sql() + "\n";
    if (upgrade.firstLine() + before.split("\n", -1).length - 1 != downgrade.firstLine() - 1) {
      return false;
    }
    try {
      SqlSplitter.of(syntax)
          .split(before + "-- migrate:downgrade\n" + downgrade.sql(), upgrade.firstLine(), file());
      return true;
    } catch (SqlSplitException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "SqlMigration[" + revision().id() + ", " + file() + "]";
  }
}
