package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An index other than the one a primary key or unique constraint owns.
 *
 * @param name the index name
 * @param keys the keys in order
 * @param unique a unique index
 * @param predicate a partial index's {@code WHERE} condition, or null
 * @param method the access method when not the default ({@code gin}, {@code hash}), or null
 * @param include PostgreSQL's {@code INCLUDE} columns
 * @param nullsNotDistinct a unique index's {@code NULLS NOT DISTINCT} (PostgreSQL 15, H2): two
 *     nulls count as equal
 * @param options PostgreSQL's storage parameters ({@code fillfactor=70}) as it prints them, in
 *     order
 */
public record Index(
    String name,
    List<IndexKey> keys,
    boolean unique,
    String predicate,
    String method,
    List<String> include,
    boolean nullsNotDistinct,
    List<String> options)
    implements Serializable {

  public Index {
    Objects.requireNonNull(name, "name");
    keys = List.copyOf(keys);
    include = List.copyOf(include);
    options = List.copyOf(options);
  }

  /** An index whose nulls are distinct and storage parameters the defaults, as most are. */
  public Index(
      String name,
      List<IndexKey> keys,
      boolean unique,
      String predicate,
      String method,
      List<String> include) {
    this(name, keys, unique, predicate, method, include, false, List.of());
  }

  /** A plain index over the columns, in order. */
  public static Index of(String name, String... columns) {
    return new Index(
        name, Arrays.stream(columns).map(IndexKey::column).toList(), false, null, null, List.of());
  }

  /** This index, unique. */
  public Index asUnique() {
    return new Index(name, keys, true, predicate, method, include, nullsNotDistinct, options);
  }

  /** This index, unique with {@code NULLS NOT DISTINCT}. */
  public Index asUniqueNullsNotDistinct() {
    return new Index(name, keys, true, predicate, method, include, true, options);
  }

  /** This index, partial. */
  public Index where(String predicate) {
    return new Index(name, keys, unique, predicate, method, include, nullsNotDistinct, options);
  }

  /** This index with storage parameters ({@code fillfactor=70}). */
  public Index with(String... options) {
    return new Index(
        name, keys, unique, predicate, method, include, nullsNotDistinct, List.of(options));
  }

  /** The keys as verify prints them: {@code (status, total desc)}. */
  public String keyList() {
    return keys.stream().map(IndexKey::toString).collect(Collectors.joining(", ", "(", ")"));
  }

  /** The plain column names of the keys, when no key is an expression. */
  public List<String> columnNames() {
    return keys.stream().map(IndexKey::text).toList();
  }
}
