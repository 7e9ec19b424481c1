package dev.migrate.engine.api.error;

/**
 * A {@code START:END} range was given where one target is expected: ranges are for {@code history}
 * and offline ({@code --sql}) rendering only.
 */
public final class RangeNotAllowedException extends InvalidTargetException {
  public RangeNotAllowedException(String range) {
    super(
        range,
        "Range revision not allowed: '"
            + range
            + "'; START:END ranges are for history and offline (--sql) rendering only");
  }
}
