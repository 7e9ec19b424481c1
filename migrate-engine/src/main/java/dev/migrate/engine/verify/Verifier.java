package dev.migrate.engine.verify;

import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RowChange;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.schema.SchemaComparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks of {@code verify}, in the order they run against one fresh scratch database:
 *
 * <ol>
 *   <li>the scripts have one head (or exactly the configured heads);
 *   <li>every revision has a downgrade section;
 *   <li>the staircase: for every upgrade step from base to the heads, upgrade, snapshot, downgrade
 *       that one step, compare with the snapshot before the upgrade, upgrade again;
 *   <li>{@code downgrade base} leaves nothing but migrate's own tables;
 *   <li>{@code upgrade heads} from base in one run works and gives the schema the staircase gave.
 * </ol>
 *
 * <p>Besides the schema, each comparison covers the roles and users the revisions create on the
 * server (PostgreSQL, MariaDB/MySQL keep them outside any database, so they outlive the scratch
 * database): a downgrade must drop the roles its upgrade created. Whatever of them is left at the
 * end is dropped, so that the next run starts from the same server.
 *
 * <p>A revision without a downgrade section is a failure, not a floor (pytest-alembic treats it as
 * one): verify exists to prove that downgrades work, and a missing one is what it should find. Its
 * step is still upgraded so that the revisions above it are checked; the last two checks, which
 * need a full downgrade, are then skipped. The staircase stops at its first failure, since the
 * database no longer holds the schema the later steps expect.
 */
public final class Verifier {
  private final VerifyDriver driver;
  private final List<String> expectedHeads;
  private final Reporter reporter;
  private final List<String> checks = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /** Which revision's upgrade first made each server role, for the words of a difference. */
  private final Map<String, Revision> roleCreators = new HashMap<>();

  /** The run's roles at the heads, as the staircase left them. */
  private SortedSet<String> rolesAtHeads = new TreeSet<>();

  /**
   * @param expectedHeads the heads the scripts must have; empty means exactly one, whatever it is
   */
  public Verifier(VerifyDriver driver, List<String> expectedHeads, Reporter reporter) {
    this.driver = driver;
    this.expectedHeads = List.copyOf(expectedHeads);
    this.reporter = reporter;
  }

  /**
   * Runs every check and reports what passed and what failed; then drops what the run created on
   * the server outside the scratch database.
   */
  public VerifyReport run() {
    checkHeads();
    List<Revision> noDowngrade = checkDowngradeSections();
    List<String> compared = driver.compared();
    if (!compared.isEmpty()) {
      pass("compared: " + String.join(", ", compared));
    }
    DatabaseSchema empty = driver.snapshot();
    Plan upgrade = driver.upgradeFromBase();
    DatabaseSchema atHeads = staircase(upgrade, empty);
    if (atHeads == null) {
      skip("downgrade base and upgrade heads: not run, the staircase stopped early");
    } else if (!noDowngrade.isEmpty()) {
      skip("downgrade base and upgrade heads: not run, some revisions cannot be downgraded");
    } else if (downgradeToBase(empty)) {
      upgradeToHeads(atHeads);
    }
    cleanUp();
    return new VerifyReport(checks, failures);
  }

  private void cleanUp() {
    try {
      // Not checks: what the run tidied, said as it happens.
      driver.cleanUp().forEach(line -> reporter.info("verify: " + line));
    } catch (MigrateException e) {
      fail(e.getMessage());
    }
  }

  private void checkHeads() {
    List<Revision> heads = driver.heads();
    List<String> ids = heads.stream().map(Revision::id).toList();
    if (expectedHeads.isEmpty()) {
      if (heads.size() == 1) {
        pass("one head: " + ids.get(0));
      } else if (heads.isEmpty()) {
        fail("the scripts have no head: there are no revisions to verify");
      } else {
        fail(
            "the scripts have "
                + heads.size()
                + " heads, expected one: "
                + heads.stream().map(Verifier::describe).collect(Collectors.joining(", "))
                + "; merge them with `migrate merge heads` or configure the expected heads");
      }
      return;
    }
    Set<String> expected = new HashSet<>(expectedHeads);
    if (expected.equals(new HashSet<>(ids))) {
      pass("heads as configured: " + String.join(", ", ids));
    } else {
      fail(
          "the scripts have the heads "
              + heads.stream().map(Verifier::describe).collect(Collectors.joining(", "))
              + ", configured were "
              + String.join(", ", expectedHeads));
    }
  }

  private List<Revision> checkDowngradeSections() {
    List<Revision> missing =
        driver.revisions().stream().filter(revision -> !driver.hasDowngrade(revision)).toList();
    for (Revision revision : missing) {
      fail("revision " + describe(revision) + " has no downgrade section: it cannot be undone");
    }
    if (missing.isEmpty()) {
      pass("every revision has a downgrade section");
    }
    return missing;
  }

  /** Returns the snapshot at the heads, or null when the staircase stopped at a failure. */
  private DatabaseSchema staircase(Plan upgrade, DatabaseSchema empty) {
    DatabaseSchema before = empty;
    SortedSet<String> rolesBefore = new TreeSet<>();
    for (Step step : upgrade.steps()) {
      Revision revision = step.revision();
      if (!attempt(step, "upgrading " + describe(revision) + " failed: ")) {
        return null;
      }
      SortedSet<String> rolesAfter = driver.roles();
      for (String role : rolesAfter) {
        if (!rolesBefore.contains(role)) {
          roleCreators.putIfAbsent(role, revision);
        }
      }
      DatabaseSchema after = driver.snapshot();
      if (!driver.hasDowngrade(revision)) {
        pass("staircase " + label(revision) + ": upgraded only, it has no downgrade");
        before = after;
        rolesBefore = rolesAfter;
        continue;
      }
      if (!attempt(inverse(step), "downgrading " + describe(revision) + " failed: ")) {
        return null;
      }
      List<String> left =
          differences(
              SchemaComparison.compare(before, driver.snapshot()),
              rolesBefore,
              driver.roles(),
              revision);
      if (!left.isEmpty()) {
        fail("after downgrading " + describe(revision) + ", " + String.join("; ", left));
        return null;
      }
      if (!attempt(
          step, "upgrading " + describe(revision) + " again after its downgrade failed: ")) {
        return null;
      }
      pass("staircase " + label(revision) + ": ok");
      before = after;
      rolesBefore = rolesAfter;
    }
    rolesAtHeads = rolesBefore;
    return before;
  }

  /**
   * The schema's differences in words, then the server roles' (which no snapshot holds: they live
   * outside the scratch database): those there but not expected, those expected but gone.
   *
   * @param undone the revision whose downgrade just ran, or null
   */
  private List<String> differences(
      List<Difference> schema,
      SortedSet<String> expectedRoles,
      SortedSet<String> roles,
      Revision undone) {
    List<String> words = new ArrayList<>();
    schema.forEach(d -> words.add(describe(d)));
    for (String role : roles) {
      if (!expectedRoles.contains(role)) {
        Revision creator = roleCreators.get(role);
        String by =
            creator == null
                ? ""
                : creator.equals(undone)
                    ? ", created by its upgrade,"
                    : ", created by " + creator.id() + ",";
        words.add(role + by + " is still there");
      }
    }
    for (String role : expectedRoles) {
      if (!roles.contains(role)) {
        words.add(role + " is missing");
      }
    }
    return words;
  }

  private boolean downgradeToBase(DatabaseSchema empty) {
    for (Step step : driver.downgradeToBase().steps()) {
      if (!attempt(
          step, "downgrade base: downgrading " + describe(step.revision()) + " failed: ")) {
        return false;
      }
    }
    List<String> left =
        differences(
            SchemaComparison.compare(empty, driver.snapshot()),
            new TreeSet<>(),
            driver.roles(),
            null);
    if (!left.isEmpty()) {
      fail("after downgrading to base, " + String.join("; ", left));
      return false;
    }
    pass("downgrade base: ok, nothing left but migrate's own tables");
    return true;
  }

  private void upgradeToHeads(DatabaseSchema atHeads) {
    Plan plan = driver.upgradeFromBase();
    for (Step step : plan.steps()) {
      if (!attempt(step, "upgrade heads: upgrading " + describe(step.revision()) + " failed: ")) {
        return;
      }
    }
    List<String> differences =
        differences(
            SchemaComparison.compare(atHeads, driver.snapshot()),
            rolesAtHeads,
            driver.roles(),
            null);
    if (differences.isEmpty()) {
      pass("upgrade heads: ok, " + plan.steps().size() + " steps from base, same schema");
    } else {
      fail(
          "upgrading from base to the heads in one run gives another schema than step by step: "
              + String.join("; ", differences));
    }
  }

  private boolean attempt(Step step, String failurePrefix) {
    try {
      driver.run(step);
      return true;
    } catch (MigrateException e) {
      fail(failurePrefix + e.getMessage());
      return false;
    }
  }

  /**
   * The downgrade that undoes exactly one upgrade step: the same revision, the version rows changed
   * back in reverse order.
   */
  static Step inverse(Step upgrade) {
    List<RowChange> changes = new ArrayList<>();
    for (RowChange change : upgrade.rowChanges()) {
      changes.add(0, reverse(change));
    }
    return new Step(Direction.DOWNGRADE, upgrade.revision(), upgrade.to(), upgrade.from(), changes);
  }

  private static RowChange reverse(RowChange change) {
    if (change instanceof RowChange.Insert insert) {
      return new RowChange.Delete(insert.id());
    }
    if (change instanceof RowChange.Delete delete) {
      return new RowChange.Insert(delete.id());
    }
    RowChange.Update update = (RowChange.Update) change;
    return new RowChange.Update(update.to(), update.from());
  }

  /** {@code 9f2c1a3b4c5d `add email` (db/migrations/..._add_email.sql)}. */
  static String describe(Revision revision) {
    StringBuilder text = new StringBuilder(revision.id());
    if (!revision.message().isEmpty()) {
      text.append(" `").append(revision.message()).append('`');
    }
    if (!revision.source().equals(revision.id())) {
      text.append(" (").append(revision.source()).append(')');
    }
    return text.toString();
  }

  private static String label(Revision revision) {
    return revision.message().isEmpty() ? revision.id() : revision.id() + " " + revision.message();
  }

  /**
   * A difference in plain words: {@code column users.email is still there}, {@code index
   * ix_users_email on users is missing}, {@code default of column orders.status changed from 'new'
   * to NULL}.
   */
  static String describe(Difference difference) {
    return switch (difference.change()) {
      case EXTRA -> difference.object() + " is still there";
      case MISSING -> difference.object() + " is missing";
      case CHANGED ->
          difference.attribute()
              + " of "
              + difference.object()
              + " changed from "
              + oneLine(difference.expected())
              + " to "
              + oneLine(difference.actual());
    };
  }

  private static String oneLine(String value) {
    String flat = value.strip().replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
  }

  private void pass(String check) {
    checks.add(check);
    reporter.info("verify: " + check);
  }

  private void skip(String check) {
    checks.add(check);
    reporter.warn("verify: " + check);
  }

  private void fail(String failure) {
    failures.add(failure);
    reporter.warn("verify: FAILED: " + failure);
  }
}
