package dev.migrate.cli;

/** Bad usage found after parsing: a bad setting, a missing configuration file. Exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
