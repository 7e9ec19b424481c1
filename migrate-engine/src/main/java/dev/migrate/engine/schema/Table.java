package dev.migrate.engine.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    String comment) {

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
    return copy(plus(columns, column), primaryKey, uniques, foreignKeys, checks, indexes, triggers);
  }

  /** This table with another primary key (null for none). */
  public Table withPrimaryKey(PrimaryKey key) {
    return copy(columns, key, uniques, foreignKeys, checks, indexes, triggers);
  }

  /** This table with one more unique constraint. */
  public Table withUnique(UniqueConstraint unique) {
    return copy(columns, primaryKey, plus(uniques, unique), foreignKeys, checks, indexes, triggers);
  }

  /** This table with one more foreign key. */
  public Table withForeignKey(ForeignKey key) {
    return copy(columns, primaryKey, uniques, plus(foreignKeys, key), checks, indexes, triggers);
  }

  /** This table with one more check constraint. */
  public Table withCheck(CheckConstraint check) {
    return copy(columns, primaryKey, uniques, foreignKeys, plus(checks, check), indexes, triggers);
  }

  /** This table with one more index. */
  public Table withIndex(Index index) {
    return copy(columns, primaryKey, uniques, foreignKeys, checks, plus(indexes, index), triggers);
  }

  /** This table with one more trigger. */
  public Table withTrigger(Trigger trigger) {
    return copy(
        columns, primaryKey, uniques, foreignKeys, checks, indexes, plus(triggers, trigger));
  }

  /** This table with one more exclusion constraint. */
  public Table withExclusion(ExclusionConstraint exclusion) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        plus(exclusions, exclusion),
        indexes,
        triggers,
        comment);
  }

  /** This table with a comment (null for none). */
  public Table withComment(String comment) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        exclusions,
        indexes,
        triggers,
        comment);
  }

  /** This table under another name. */
  public Table named(String name) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        exclusions,
        indexes,
        triggers,
        comment);
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

  private Table copy(
      List<Column> columns,
      PrimaryKey primaryKey,
      List<UniqueConstraint> uniques,
      List<ForeignKey> foreignKeys,
      List<CheckConstraint> checks,
      List<Index> indexes,
      List<Trigger> triggers) {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        foreignKeys,
        checks,
        exclusions,
        indexes,
        triggers,
        comment);
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(Objects.requireNonNull(element));
    return copy;
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(key));
    return List.copyOf(copy);
  }
}
