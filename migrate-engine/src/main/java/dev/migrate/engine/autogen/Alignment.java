package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.verify.JdbcMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Takes the scripts' spelling wherever the model spells the same definition otherwise, so that only
 * real changes remain to diff: a default or CHECK condition that reads alike once casts, quotes and
 * parentheses are set aside ({@link Spelling}); a constraint or index of the same shape whose name
 * one side left to the database or to Hibernate ({@code customer_email_key}, {@code FKl3k2...},
 * {@code CONSTRAINT_4D}). A name both sides chose and that differs is a change.
 */
final class Alignment {
  private Alignment() {}

  /** The desired schema, each spelling the current schema already has replaced by current's. */
  static DatabaseSchema align(DatabaseSchema current, DatabaseSchema desired) {
    DatabaseSchema.Builder aligned = desired.toBuilder();
    for (Table want : desired.tables().values()) {
      Table have = current.tables().get(want.name());
      if (have != null) {
        aligned.table(table(have, want));
      }
    }
    for (View want : desired.views().values()) {
      View have = current.views().get(want.name());
      if (have != null
          && have.materialized() == want.materialized()
          && have.indexes().equals(want.indexes())
          && Spelling.same(have.definition(), want.definition())) {
        aligned.view(have);
      }
    }
    return aligned.build();
  }

  /**
   * The schema with a name for each foreign key, unique and check constraint the database left
   * unnamed ({@code fk_orders_customer_id}, {@code uq_customer_email}, {@code ck_customer_1}): a
   * later revision, or this one's downgrade, can then drop it by name on every database.
   */
  static DatabaseSchema named(DatabaseSchema schema) {
    DatabaseSchema.Builder out = schema.toBuilder();
    for (Table table : schema.tables().values()) {
      String simple = table.name().substring(table.name().lastIndexOf('.') + 1);
      List<ForeignKey> keys = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys()) {
        keys.add(
            fk.name() != null
                ? fk
                : new ForeignKey(
                    name("fk_" + simple + "_" + String.join("_", fk.columns())),
                    fk.columns(),
                    fk.referencedTable(),
                    fk.referencedColumns(),
                    fk.onDelete(),
                    fk.onUpdate(),
                    fk.match(),
                    fk.deferrable(),
                    fk.initiallyDeferred()));
      }
      List<UniqueConstraint> uniques = new ArrayList<>();
      for (UniqueConstraint u : table.uniques()) {
        uniques.add(
            u.name() != null
                ? u
                : new UniqueConstraint(
                    name("uq_" + simple + "_" + String.join("_", u.columns())),
                    u.columns(),
                    u.include(),
                    u.nullsNotDistinct()));
      }
      List<CheckConstraint> checks = new ArrayList<>();
      int n = 0;
      for (CheckConstraint c : table.checks()) {
        checks.add(
            c.name() != null
                ? c
                : new CheckConstraint(name("ck_" + simple + "_" + ++n), c.expression()));
      }
      out.table(
          new Table(
              table.name(),
              table.columns(),
              table.primaryKey(),
              uniques,
              keys,
              checks,
              table.exclusions(),
              table.indexes(),
              table.triggers(),
              table.comment()));
    }
    return out.build();
  }

  /** Within the shortest identifier limit of the databases (MariaDB's 64). */
  private static String name(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.length() <= 60 ? lower : lower.substring(0, 60);
  }

  /**
   * The schema with every expression in its {@link Spelling#canonical} form, for comparing a
   * generated revision's result with the model.
   */
  static DatabaseSchema canonical(DatabaseSchema schema) {
    DatabaseSchema.Builder out = schema.toBuilder();
    for (Table table : schema.tables().values()) {
      Table t =
          table.withColumns(
              table.columns().stream()
                  .map(c -> c.defaultValue(Spelling.canonical(c.defaultValue())))
                  .toList());
      Table rebuilt = withoutChecksAndIndexes(t);
      for (CheckConstraint check : table.checks()) {
        rebuilt =
            rebuilt.withCheck(
                new CheckConstraint(check.name(), Spelling.canonical(check.expression())));
      }
      for (Index index : table.indexes()) {
        rebuilt = rebuilt.withIndex(canonical(index));
      }
      out.table(rebuilt);
    }
    for (View view : schema.views().values()) {
      out.view(
          new View(
              view.name(),
              Spelling.canonical(view.definition()),
              view.materialized(),
              view.indexes().stream().map(Alignment::canonical).toList()));
    }
    return out.build();
  }

  private static Index canonical(Index index) {
    return new Index(
        index.name(),
        index.keys().stream()
            .map(
                k ->
                    k.expression()
                        ? new IndexKey(
                            Spelling.canonical(k.text()),
                            true,
                            k.descending(),
                            k.nulls(),
                            k.collation(),
                            k.opclass())
                        : k)
            .toList(),
        index.unique(),
        Spelling.canonical(index.predicate()),
        index.method(),
        index.include(),
        index.nullsNotDistinct(),
        index.options());
  }

  private static Table withoutChecksAndIndexes(Table t) {
    return new Table(
        t.name(),
        t.columns(),
        t.primaryKey(),
        t.uniques(),
        t.foreignKeys(),
        List.of(),
        t.exclusions(),
        List.of(),
        t.triggers(),
        t.comment());
  }

  private static Table table(Table have, Table want) {
    String name = want.name();
    List<Column> columns = new ArrayList<>();
    for (Column c : want.columns()) {
      Column old = have.column(c.name()).orElse(null);
      columns.add(
          old != null
                  && !Objects.equals(old.defaultValue(), c.defaultValue())
                  && Spelling.same(old.defaultValue(), c.defaultValue())
              ? c.defaultValue(old.defaultValue())
              : c);
    }
    PrimaryKey key = want.primaryKey();
    if (key != null
        && have.primaryKey() != null
        && key.columns().equals(have.primaryKey().columns())
        && namesMatch(name, key.name(), have.primaryKey().name())) {
      key = have.primaryKey();
    }
    List<UniqueConstraint> uniques =
        matched(
            want.uniques(),
            have.uniques(),
            (w, h) ->
                w.columns().equals(h.columns())
                    && w.include().equals(h.include())
                    && w.nullsNotDistinct() == h.nullsNotDistinct()
                    && namesMatch(name, w.name(), h.name()));
    List<ForeignKey> foreignKeys =
        matched(
            want.foreignKeys(),
            have.foreignKeys(),
            (w, h) ->
                w.definition().equals(h.definition()) && namesMatch(name, w.name(), h.name()));
    List<CheckConstraint> checks =
        matched(
            want.checks(),
            have.checks(),
            (w, h) ->
                Spelling.same(w.expression(), h.expression())
                    && namesMatch(name, w.name(), h.name()));
    List<Index> indexes =
        matched(
            want.indexes(),
            have.indexes(),
            (w, h) ->
                canonical(renamed(w, h.name())).equals(canonical(h))
                    && namesMatch(name, w.name(), h.name()));
    return new Table(
        name,
        columns,
        key,
        uniques,
        foreignKeys,
        checks,
        want.exclusions(),
        indexes,
        want.triggers(),
        want.comment());
  }

  private static Index renamed(Index index, String name) {
    return new Index(
        name,
        index.keys(),
        index.unique(),
        index.predicate(),
        index.method(),
        index.include(),
        index.nullsNotDistinct(),
        index.options());
  }

  /** Each wanted element that has a match among those had, replaced by it (each used once). */
  private static <T> List<T> matched(List<T> want, List<T> have, BiPredicate<T, T> same) {
    List<T> pool = new ArrayList<>(have);
    List<T> out = new ArrayList<>();
    for (T w : want) {
      T match =
          pool.contains(w)
              ? w
              : pool.stream().filter(h -> same.test(w, h)).findFirst().orElse(null);
      if (match != null) {
        pool.remove(match);
      }
      out.add(match != null ? match : w);
    }
    return out;
  }

  /** Equal names, or at least one that no one chose. */
  static boolean namesMatch(String table, String a, String b) {
    return Objects.equals(a, b) || generated(table, a) || generated(table, b);
  }

  /**
   * A name the database or Hibernate made up: none, H2's and MariaDB's ({@code CONSTRAINT_4D},
   * {@code PRIMARY}), PostgreSQL's ({@code orders_customer_id_fkey}, {@code customer_pkey}) and
   * Hibernate's hashes ({@code FKl3k2j4h5g6f7d8s9a0}, {@code UK...}, {@code IDX...}).
   */
  static boolean generated(String table, String name) {
    if (JdbcMetadata.isGeneratedName(name)) {
      return true;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String simpleTable = table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (lower.startsWith(simpleTable + "_")
        && (lower.endsWith("_key")
            || lower.endsWith("_fkey")
            || lower.endsWith("_pkey")
            || lower.endsWith("_check")
            || lower.endsWith("_idx")
            || lower.endsWith("_excl"))) {
      return true;
    }
    return name.matches("(FK|UK|IDX|PK)[A-Za-z0-9]{16,}");
  }
}
