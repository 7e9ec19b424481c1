package dev.migrate.engine.fleet;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.api.FleetResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.common.Reporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A separate fleet runner process for {@code FleetProcessesTest}: {@code upgrade heads} over the
 * targets listed in a file. Arguments: url user password location targetsFile shardIndex
 * shardCount. Prints a line per target, the summary and {@code EXIT n}, and exits with the fleet's
 * exit code.
 */
public final class FleetMain {
  private FleetMain() {}

  public static void main(String[] args) {
    MigrateConfig config =
        MigrateConfig.builder()
            .url(args[0])
            .user(args[1])
            .password(args[2].equals("-") ? "" : args[2])
            .locations(args[3])
            .targets(List.of("@" + Path.of(args[4]).toAbsolutePath()))
            .shard(Integer.parseInt(args[5]), Integer.parseInt(args[6]))
            .parallel(4)
            .lockTimeout(Duration.ofMinutes(2))
            .reporter(stdout())
            .build();
    FleetResult result = Fleet.create(config).upgrade("heads");
    result.summary().forEach(System.out::println);
    System.out.println("EXIT " + result.exitCode());
    System.exit(result.exitCode());
  }

  private static Reporter stdout() {
    return new Reporter() {
      @Override
      public synchronized void info(String message) {
        System.out.println(message);
      }

      @Override
      public synchronized void warn(String message) {
        System.out.println("WARN " + message);
      }

      @Override
      public void debug(String message) {}
    };
  }
}
