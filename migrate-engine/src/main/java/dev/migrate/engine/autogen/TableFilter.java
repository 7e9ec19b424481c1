package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.DatabaseSchema;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tables (and views) autogenerate owns: those the include patterns name (all when there are
 * none) and the exclude patterns do not; {@code *} matches any run of characters, case is ignored.
 * What is left out is neither created nor dropped, on either side.
 */
record TableFilter(List<Pattern> include, List<Pattern> exclude) {

  static TableFilter of(List<String> include, List<String> exclude) {
    return new TableFilter(patterns(include), patterns(exclude));
  }

  boolean owns(String table) {
    String name = table.toLowerCase(Locale.ROOT);
    return (include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).matches()))
        && exclude.stream().noneMatch(p -> p.matcher(name).matches());
  }

  /** The schema with only the tables and views this filter owns. */
  DatabaseSchema apply(DatabaseSchema schema) {
    if (include.isEmpty() && exclude.isEmpty()) {
      return schema;
    }
    SortedMap<String, dev.migrate.engine.schema.Table> tables = new TreeMap<>(schema.tables());
    tables.keySet().removeIf(name -> !owns(name));
    SortedMap<String, dev.migrate.engine.schema.View> views = new TreeMap<>(schema.views());
    views.keySet().removeIf(name -> !owns(name));
    SortedMap<String, dev.migrate.engine.schema.Sequence> sequences =
        new TreeMap<>(schema.sequences());
    sequences.values().removeIf(s -> s.owner() != null && !owns(tableOf(s.owner())));
    return new DatabaseSchema(
        schema.schemas(),
        tables,
        views,
        sequences,
        schema.enumTypes(),
        schema.domains(),
        schema.routines(),
        schema.extensions(),
        schema.grants());
  }

  private static String tableOf(String owner) {
    int dot = owner.lastIndexOf('.');
    return dot < 0 ? owner : owner.substring(0, dot);
  }

  private static List<Pattern> patterns(List<String> globs) {
    return globs.stream()
        .map(g -> g.toLowerCase(Locale.ROOT))
        .map(g -> Pattern.compile(("\\Q" + g + "\\E").replace("*", "\\E.*\\Q")))
        .toList();
  }
}
