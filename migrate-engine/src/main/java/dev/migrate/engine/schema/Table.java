package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A table with everything that belongs to it. Columns keep their order in the table; constraints,
 * indexes and triggers are sorted (named ones by name, unnamed ones by shape), so that two reads of
 * one schema are equal and print alike.
 *
 * @param name the table name, qualified ({@code audit.events}) outside the default schema
 * @param columns the columns in table order
 * @param primaryKey the primary key, or null
 * @param uniques the unique constraints
 * @param foreignKeys the foreign keys
 * @param checks the check constraints
 * @param exclusions PostgreSQL's exclusion constraints
 * @param indexes the indexes that no constraint owns
 * @param triggers the triggers
 * @param comment the table comment, or null
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniques,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checks,
    List<ExclusionConstraint> exclusions,
    List<Index> indexes,
    List<Trigger> triggers,
    String comment)
    implements Serializable {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniques = sorted(uniques, Table::key);
    foreignKeys = sorted(foreignKeys, Table::key);
    checks = sorted(checks, Table::key);
    exclusions = sorted(exclusions, Table::key);
    indexes = sorted(indexes, Index::name);
    triggers = sorted(triggers, Trigger::name);
  }

  /** A table of the columns and nothing else. */
  public static Table of(String name, Column... columns) {
    return new Table(
        name,
        Arrays.asList(columns),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /** How a constraint is found within its table: its name, or its shape when it has none. */
  public static String key(Constraint constraint) {
    return constraint.name() != null ? constraint.name() : constraint.shape();
  }

  /** The column of that name. */
  public Optional<Column> column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /** This table with one more column, at the end. */
  public Table withColumn(Column column) {
    return with(d -> d.columns.add(column));
  }

  /** This table with these columns instead of its own. */
  public Table withColumns(List<Column> columns) {
    return with(
        d -> {
          d.columns.clear();
          d.columns.addAll(columns);
        });
  }

  /** This table with another primary key (null for none). */
  public Table withPrimaryKey(PrimaryKey key) {
    return with(d -> d.primaryKey = key);
  }

  /** This table with one more unique constraint. */
  public Table withUnique(UniqueConstraint unique) {
    return with(d -> d.uniques.add(unique));
  }

  /** This table with one more foreign key. */
  public Table withForeignKey(ForeignKey key) {
    return with(d -> d.foreignKeys.add(key));
  }

  /** This table without foreign keys, e.g. to create tables whose keys form a cycle. */
  public Table withoutForeignKeys() {
    return with(d -> d.foreignKeys.clear());
  }

  /** This table with one more check constraint. */
  public Table withCheck(CheckConstraint check) {
    return with(d -> d.checks.add(check));
  }

  /** This table with one more exclusion constraint. */
  public Table withExclusion(ExclusionConstraint exclusion) {
    return with(d -> d.exclusions.add(exclusion));
  }

  /** This table with these exclusion constraints instead of its own. */
  public Table withExclusions(List<ExclusionConstraint> exclusions) {
    return with(
        d -> {
          d.exclusions.clear();
          d.exclusions.addAll(exclusions);
        });
  }

  /** This table with one more index. */
  public Table withIndex(Index index) {
    return with(d -> d.indexes.add(index));
  }

  /** This table without indexes, triggers and exclusion constraints: what CREATE TABLE makes. */
  public Table withoutIndexesOrTriggers() {
    return with(
        d -> {
          d.indexes.clear();
          d.triggers.clear();
          d.exclusions.clear();
        });
  }

  /** This table with one more trigger. */
  public Table withTrigger(Trigger trigger) {
    return with(d -> d.triggers.add(trigger));
  }

  /** This table with these triggers instead of its own. */
  public Table withTriggers(List<Trigger> triggers) {
    return with(
        d -> {
          d.triggers.clear();
          d.triggers.addAll(triggers);
        });
  }

  /** This table with a comment (null for none). */
  public Table withComment(String comment) {
    return with(d -> d.comment = comment);
  }

  /** Every constraint: primary key, uniques, foreign keys, checks, exclusions. */
  public List<Constraint> constraints() {
    List<Constraint> all = new ArrayList<>();
    if (primaryKey != null) {
      all.add(primaryKey);
    }
    all.addAll(uniques);
    all.addAll(foreignKeys);
    all.addAll(checks);
    all.addAll(exclusions);
    return all;
  }

  /** A copy with some changes: the record's components, once, as mutable fields. */
  private Table with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new Table(
        name,
        d.columns,
        d.primaryKey,
        d.uniques,
        d.foreignKeys,
        d.checks,
        d.exclusions,
        d.indexes,
        d.triggers,
        d.comment);
  }

  private static final class Draft {
    final List<Column> columns;
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques;
    final List<ForeignKey> foreignKeys;
    final List<CheckConstraint> checks;
    final List<ExclusionConstraint> exclusions;
    final List<Index> indexes;
    final List<Trigger> triggers;
    String comment;

    Draft(Table t) {
      columns = new ArrayList<>(t.columns);
      primaryKey = t.primaryKey;
      uniques = new ArrayList<>(t.uniques);
      foreignKeys = new ArrayList<>(t.foreignKeys);
      checks = new ArrayList<>(t.checks);
      exclusions = new ArrayList<>(t.exclusions);
      indexes = new ArrayList<>(t.indexes);
      triggers = new ArrayList<>(t.triggers);
      comment = t.comment;
    }
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(key));
    return List.copyOf(copy);
  }
}
