package dev.migrate.engine.api.error;

import java.util.List;

/** A symbol that must name one head ({@code head}, {@code B@head}) names several. */
public final class MultipleHeadsException extends GraphException {
  private final List<String> heads;
  private final String argument;

  public MultipleHeadsException(List<String> heads, String argument, String suggestion) {
    super(
        "Multiple head revisions are present for given argument '"
            + argument
            + "': "
            + String.join(", ", heads)
            + "; "
            + suggestion);
    this.heads = List.copyOf(heads);
    this.argument = argument;
  }

  public List<String> heads() {
    return heads;
  }

  public String argument() {
    return argument;
  }
}
