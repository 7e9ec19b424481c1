package dev.migrate.engine.runtime;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RunResult;
import dev.migrate.engine.common.Reporter;
import java.time.Duration;

/**
 * A separate runner process for the concurrency and crash tests: {@code upgrade heads} through the
 * facade. Arguments: url user password location ({@code -} for no user or an empty password).
 * Prints {@code APPLIED n} and exits 0, or prints the error and exits 1.
 */
public final class UpgradeMain {
  private UpgradeMain() {}

  public static void main(String[] args) {
    MigrateConfig config =
        MigrateConfig.builder()
            .url(args[0])
            .user(args[1].equals("-") ? null : args[1])
            .password(args[2].equals("-") ? "" : args[2])
            .locations(args[3])
            .lockTimeout(Duration.ofMinutes(3))
            .reporter(stdout())
            .build();
    try {
      RunResult result = Migrator.create(config).upgrade("heads");
      System.out.println("APPLIED " + result.steps().size());
      System.exit(0);
    } catch (RuntimeException e) {
      System.out.println("FAILED " + e.getMessage());
      System.exit(1);
    }
  }

  private static Reporter stdout() {
    return new Reporter() {
      @Override
      public void info(String message) {
        System.out.println(message);
      }

      @Override
      public void warn(String message) {
        System.out.println("WARN " + message);
      }

      @Override
      public void debug(String message) {}
    };
  }
}
