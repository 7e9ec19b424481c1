package dev.migrate.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code revision --autogenerate} found and wrote.
 *
 * @param written the new revision script, or null when the model and the scripts agree (nothing is
 *     written then)
 * @param detected one line per change, Alembic style: {@code Detected added column
 *     'customer.email'}
 * @param hints advice that changes nothing by itself, e.g. a probable rename and the setting that
 *     writes it as one
 */
public record AutogenerateResult(Path written, List<String> detected, List<String> hints) {
  public AutogenerateResult {
    detected = List.copyOf(detected);
    hints = List.copyOf(hints);
  }

  /** The script written, empty when nothing differed. */
  public Optional<Path> path() {
    return Optional.ofNullable(written);
  }

  /** True when the model and the scripts agree. */
  public boolean noChanges() {
    return written == null;
  }
}
