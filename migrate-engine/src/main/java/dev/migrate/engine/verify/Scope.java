package dev.migrate.engine.verify;

import dev.migrate.engine.schema.TableSubset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a snapshot covers and how it names things: the schemas (MariaDB: the database) read, the
 * default schema left out of names, and the tables that belong to migrate itself.
 *
 * @param schemas the schemas to read, as the database spells them
 * @param defaultSchema the schema whose objects are named without a prefix
 * @param schemaIsCatalog true on MariaDB/MySQL, where JDBC calls a database a catalog
 * @param foldsToUpper true on H2, where unquoted names are stored in upper case; those are shown in
 *     lower case as the scripts write them, and names that needed quotes keep their quotes
 * @param excludedTables lower-cased names of migrate's own tables (version, history)
 * @param tables the tables to read, named as a snapshot names them; a catalog may read more
 * @param defaultShownAs the name the default schema is listed under, when that is not its own (a
 *     session's temporary schema stands for the schema its objects would otherwise be in); null for
 *     its own
 */
public record Scope(
    List<String> schemas,
    String defaultSchema,
    boolean schemaIsCatalog,
    boolean foldsToUpper,
    Set<String> excludedTables,
    TableSubset tables,
    String defaultShownAs) {

  private static final Pattern UNQUOTED_UPPER = Pattern.compile("[A-Z_][A-Z0-9_$]*");

  public Scope {
    schemas = List.copyOf(schemas);
    excludedTables = Set.copyOf(excludedTables);
    tables = tables == null ? TableSubset.all() : tables;
  }

  /** A scope of every table. */
  public Scope(
      List<String> schemas,
      String defaultSchema,
      boolean schemaIsCatalog,
      boolean foldsToUpper,
      Set<String> excludedTables) {
    this(
        schemas,
        defaultSchema,
        schemaIsCatalog,
        foldsToUpper,
        excludedTables,
        TableSubset.all(),
        null);
  }

  /** This scope, reading only the subset's tables. */
  public Scope covering(TableSubset subset) {
    return new Scope(
        schemas,
        defaultSchema,
        schemaIsCatalog,
        foldsToUpper,
        excludedTables,
        subset,
        defaultShownAs);
  }

  /** This scope, listing the default schema under another name. */
  public Scope showingDefaultAs(String name) {
    return new Scope(
        schemas, defaultSchema, schemaIsCatalog, foldsToUpper, excludedTables, tables, name);
  }

  /** A schema's name as a snapshot lists it. */
  public String shownSchema(String schema) {
    return defaultShownAs != null && schema.equals(defaultSchema) ? defaultShownAs : schema;
  }

  /** True when the table, in that schema as the database spells both, is to be read. */
  public boolean reads(String schema, String table) {
    return tables.covers(qualify(schema, table));
  }

  /** JDBC's catalog argument for a schema of this scope. */
  public String catalogArg(String schema) {
    return schemaIsCatalog ? schema : null;
  }

  /** JDBC's schema-pattern argument for a schema of this scope. */
  public String schemaArg(String schema) {
    return schemaIsCatalog ? null : schema;
  }

  /** True for migrate's own tables, which no snapshot shows. */
  public boolean isExcluded(String table) {
    return excludedTables.contains(table.toLowerCase(Locale.ROOT));
  }

  /** A name as a person would write it in a script. */
  public String show(String identifier) {
    if (!foldsToUpper || identifier == null) {
      return identifier;
    }
    if (UNQUOTED_UPPER.matcher(identifier).matches()) {
      return identifier.toLowerCase(Locale.ROOT);
    }
    return '"' + identifier + '"';
  }

  /** A schema-level name: {@code users}, or {@code audit.events} outside the default schema. */
  public String qualify(String schema, String name) {
    if (schema == null || schema.equals(defaultSchema)) {
      return show(name);
    }
    return show(schema) + "." + show(name);
  }
}
