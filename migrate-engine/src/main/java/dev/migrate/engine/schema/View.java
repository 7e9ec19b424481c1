package dev.migrate.engine.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A view.
 *
 * @param name the view name, qualified outside the default schema
 * @param definition the query as the database prints it
 * @param materialized a PostgreSQL materialized view
 * @param indexes a materialized view's indexes, sorted by name
 */
public record View(String name, String definition, boolean materialized, List<Index> indexes)
    implements Serializable {
  public View {
    Objects.requireNonNull(name, "name");
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
  }

  /** A plain view. */
  public static View of(String name, String definition) {
    return new View(name, definition, false, List.of());
  }

  /** This view with one more index. */
  public View withIndex(Index index) {
    List<Index> more = new ArrayList<>(indexes);
    more.add(index);
    return new View(name, definition, materialized, more);
  }
}
