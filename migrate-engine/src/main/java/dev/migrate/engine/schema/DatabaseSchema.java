package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The schema of a database at one moment, as a schema reader sees it: every object the migrations
 * can create, keyed and sorted by name, so that two reads of one schema are equal and anything
 * printed from it is byte-stable. Names are as a script writes them: the default schema is left
 * out, and H2's upper-case folding is undone.
 *
 * @param schemas the schemas (namespaces) read: on PostgreSQL every one, the default included; on
 *     H2 those other than the default one
 * @param tables the tables by name
 * @param views views and materialized views by name
 * @param sequences the sequences by name, those that a serial or identity column owns included
 *     ({@link #columnSequences})
 * @param enumTypes PostgreSQL enum types by name
 * @param domains domains by name
 * @param routines functions and procedures by name with arguments
 * @param extensions PostgreSQL extensions by name, {@code plpgsql} left out
 * @param grants the privileges granted on schema objects by {@link Grant#key()}, owners' own
 *     privileges left out
 */
public record DatabaseSchema(
    SortedSet<String> schemas,
    SortedMap<String, Table> tables,
    SortedMap<String, View> views,
    SortedMap<String, Sequence> sequences,
    SortedMap<String, EnumType> enumTypes,
    SortedMap<String, Domain> domains,
    SortedMap<String, Routine> routines,
    SortedSet<String> extensions,
    SortedMap<String, Grant> grants)
    implements Serializable {

  public DatabaseSchema {
    schemas = Collections.unmodifiableSortedSet(new TreeSet<>(schemas));
    tables = frozen(tables);
    views = frozen(views);
    sequences = frozen(sequences);
    enumTypes = frozen(enumTypes);
    domains = frozen(domains);
    routines = frozen(routines);
    extensions = Collections.unmodifiableSortedSet(new TreeSet<>(extensions));
    grants = frozen(grants);
  }

  /** A schema with nothing in it. */
  public static DatabaseSchema empty() {
    return builder().build();
  }

  /** A builder, for readers and for tests that write a schema in one expression. */
  public static Builder builder() {
    return new Builder();
  }

  /** The table of that name. */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /**
   * The sequences that generate the values of the column that owns them (a serial's, an
   * identity's), by owner ({@code table.column}): each is part of its column, made and dropped with
   * it.
   */
  public SortedMap<String, Sequence> columnSequences() {
    SortedMap<String, Sequence> byOwner = new TreeMap<>();
    for (Sequence s : sequences.values()) {
      if (s.owner() == null) {
        continue;
      }
      int dot = s.owner().lastIndexOf('.');
      Table table = tables.get(s.owner().substring(0, Math.max(dot, 0)));
      if (table != null
          && table.column(s.owner().substring(dot + 1)).map(Column::generated).orElse(false)) {
        byOwner.put(s.owner(), s);
      }
    }
    return byOwner;
  }

  /** True when the schema holds nothing at all. */
  public boolean isEmpty() {
    return this.equals(empty());
  }

  /**
   * This schema without its grants: for comparisons that cannot express a grant (autogenerate
   * writes none).
   */
  public DatabaseSchema withoutGrants() {
    return grants.isEmpty()
        ? this
        : new DatabaseSchema(
            schemas,
            tables,
            views,
            sequences,
            enumTypes,
            domains,
            routines,
            extensions,
            new TreeMap<>());
  }

  /**
   * This schema with only the tables the subset covers, and without the grants on the others; all
   * else as it is.
   */
  public DatabaseSchema onlyTables(TableSubset subset) {
    if (subset.isAll()) {
      return this;
    }
    SortedMap<String, Table> kept = new TreeMap<>(tables);
    kept.keySet().removeIf(name -> !subset.covers(name));
    SortedMap<String, Grant> keptGrants = new TreeMap<>(grants);
    keptGrants.values().removeIf(g -> g.kind().equals("table") && !subset.covers(g.object()));
    return new DatabaseSchema(
        schemas, kept, views, sequences, enumTypes, domains, routines, extensions, keptGrants);
  }

  /** A builder that starts from this schema. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.schemas.addAll(schemas);
    b.tables.putAll(tables);
    b.views.putAll(views);
    b.sequences.putAll(sequences);
    b.enumTypes.putAll(enumTypes);
    b.domains.putAll(domains);
    b.routines.putAll(routines);
    b.extensions.addAll(extensions);
    b.grants.putAll(grants);
    return b;
  }

  private static <V> SortedMap<String, V> frozen(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /** Collects the objects of a schema; a second object of one name replaces the first. */
  public static final class Builder {
    private final SortedSet<String> schemas = new TreeSet<>();
    private final SortedMap<String, Table> tables = new TreeMap<>();
    private final SortedMap<String, View> views = new TreeMap<>();
    private final SortedMap<String, Sequence> sequences = new TreeMap<>();
    private final SortedMap<String, EnumType> enumTypes = new TreeMap<>();
    private final SortedMap<String, Domain> domains = new TreeMap<>();
    private final SortedMap<String, Routine> routines = new TreeMap<>();
    private final SortedSet<String> extensions = new TreeSet<>();
    private final SortedMap<String, Grant> grants = new TreeMap<>();

    private Builder() {}

    public Builder schema(String name) {
      schemas.add(name);
      return this;
    }

    public Builder table(Table table) {
      tables.put(table.name(), table);
      return this;
    }

    /** Changes a table already added; a name not added is ignored (a table left out). */
    public Builder updateTable(String name, UnaryOperator<Table> change) {
      tables.computeIfPresent(name, (n, table) -> change.apply(table));
      return this;
    }

    /** True when the table was added. */
    public boolean hasTable(String name) {
      return tables.containsKey(name);
    }

    /** Changes a view already added; a name not added is ignored. */
    public Builder updateView(String name, UnaryOperator<View> change) {
      views.computeIfPresent(name, (n, view) -> change.apply(view));
      return this;
    }

    public Builder view(View view) {
      views.put(view.name(), view);
      return this;
    }

    public Builder sequence(Sequence sequence) {
      sequences.put(sequence.name(), sequence);
      return this;
    }

    public Builder enumType(EnumType type) {
      enumTypes.put(type.name(), type);
      return this;
    }

    public Builder domain(Domain domain) {
      domains.put(domain.name(), domain);
      return this;
    }

    public Builder routine(Routine routine) {
      routines.put(routine.name(), routine);
      return this;
    }

    public Builder extension(String name) {
      extensions.add(name);
      return this;
    }

    public Builder grant(Grant grant) {
      grants.put(grant.key(), grant);
      return this;
    }

    public DatabaseSchema build() {
      return new DatabaseSchema(
          schemas, tables, views, sequences, enumTypes, domains, routines, extensions, grants);
    }
  }
}
