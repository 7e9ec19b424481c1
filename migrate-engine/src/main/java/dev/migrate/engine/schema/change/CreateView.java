package dev.migrate.engine.schema.change;

import dev.migrate.engine.schema.View;
import java.util.Objects;

/**
 * Creates a view.
 *
 * @param view the view
 */
public record CreateView(View view) implements SchemaChange {
  public CreateView {
    Objects.requireNonNull(view, "view");
  }

  @Override
  public DropView reverse() {
    return new DropView(view.name(), view);
  }
}
