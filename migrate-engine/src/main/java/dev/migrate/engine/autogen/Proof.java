package dev.migrate.engine.autogen;

import dev.migrate.engine.api.error.UnprovableRevisionException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Difference;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.TableSubset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated revision run before it is written: its upgrade must give the model's schema and its
 * downgrade the scripts' schema back, each checked on the tables the revision can reach ({@link
 * Reach}), with every other table only listed by name.
 */
final class Proof {
  private final TableFilter filter;
  private final Reporter reporter;

  Proof(TableFilter filter, Reporter reporter) {
    this.filter = filter;
    this.reporter = reporter;
  }

  /**
   * Runs the upgrade on the scripts' scratch database and requires the model's schema, then the
   * downgrade and requires the scripts' schema back; lists what differs otherwise. Each time only
   * the tables the revision can reach are read and compared ({@link Reach}). Returns the read after
   * the upgrade.
   */
  SubsetRead forward(SchemaSide scripts, Comparison comparison, String upgrade, String downgrade) {
    TableSubset reach = Reach.of(comparison);
    Optional<String> failed = scripts.tryRun(SectionText.statements(scripts.dialect(), upgrade));
    if (failed.isPresent()) {
      throw new UnprovableRevisionException(List.of("upgrade " + failed.get()));
    }
    SubsetRead afterUpgrade = scripts.read(reach);
    List<String> problems = afterUpgrade(afterUpgrade, comparison);
    if (!problems.isEmpty()) {
      throw new UnprovableRevisionException(problems);
    }
    failed = scripts.tryRun(SectionText.statements(scripts.dialect(), downgrade));
    if (failed.isPresent()) {
      throw new UnprovableRevisionException(List.of("downgrade " + failed.get()));
    }
    problems = afterDowngrade(scripts.read(reach), comparison);
    if (!problems.isEmpty()) {
      throw new UnprovableRevisionException(problems);
    }
    reporter.debug("autogenerate: the revision proves out on the scratch database");
    return afterUpgrade;
  }

  /**
   * The proof the other way round, on the model's scratch database: the downgrade must give the
   * scripts' schema (names included, as nothing aligns them there), then the upgrade the model's.
   * Returns the read after the upgrade, or empty when anything fails or differs.
   */
  Optional<SubsetRead> backward(
      SchemaSide model, Comparison comparison, String upgrade, String downgrade) {
    TableSubset reach = Reach.of(comparison);
    Optional<String> failed = model.tryRun(SectionText.statements(model.dialect(), downgrade));
    if (failed.isPresent()) {
      return notProven(List.of("downgrade " + failed.get()));
    }
    List<String> problems = afterDowngrade(model.read(reach), comparison);
    if (!problems.isEmpty()) {
      return notProven(problems);
    }
    failed = model.tryRun(SectionText.statements(model.dialect(), upgrade));
    if (failed.isPresent()) {
      return notProven(List.of("upgrade " + failed.get()));
    }
    SubsetRead afterUpgrade = model.read(reach);
    problems = afterUpgrade(afterUpgrade, comparison);
    if (!problems.isEmpty()) {
      return notProven(problems);
    }
    reporter.debug("autogenerate: the revision proves out on the model's scratch database");
    return Optional.of(afterUpgrade);
  }

  /** Says why, for {@code --debug}, and gives up: the caller proves on the scripts' side. */
  private Optional<SubsetRead> notProven(List<String> problems) {
    reporter.debug("autogenerate: on the model's scratch database, " + String.join("; ", problems));
    return Optional.empty();
  }

  /** What differs from the model after the upgrade, in the tables the read covered. */
  private List<String> afterUpgrade(SubsetRead read, Comparison comparison) {
    List<String> problems = new ArrayList<>();
    DatabaseSchema upgraded = filter.apply(read.schema());
    DatabaseSchema desired = comparison.desired().onlyTables(read.covered());
    for (Difference d : differences(Alignment.align(upgraded, desired), upgraded)) {
      problems.add("after the upgrade, " + describe(d));
    }
    problems.addAll(tablesOutside("after the upgrade, ", read, comparison.desired(), filter));
    return problems;
  }

  /** What differs from the scripts' schema after the downgrade, in the tables the read covered. */
  private List<String> afterDowngrade(SubsetRead read, Comparison comparison) {
    List<String> problems = new ArrayList<>();
    DatabaseSchema current = comparison.current().onlyTables(read.covered());
    for (Difference d : differences(current, filter.apply(read.schema()))) {
      problems.add("after the downgrade, " + describe(d));
    }
    problems.addAll(tablesOutside("after the downgrade, ", read, comparison.current(), filter));
    return problems;
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
