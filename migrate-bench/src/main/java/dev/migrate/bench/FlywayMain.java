package dev.migrate.bench;

import java.nio.file.Path;

/**
 * Flyway's core API in a fresh JVM, standing in for Flyway's command line: its 12.x distribution is
 * not on Maven Central as a jar. Arguments: {@code URL USER LOCATION migrate|info}.
 */
public final class FlywayMain {
  private FlywayMain() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: FlywayMain URL USER DIR migrate|info");
      System.exit(2);
    }
    var flyway =
        org.flywaydb.core.Flyway.configure()
            .dataSource(args[0], args[1], "")
            .locations("filesystem:" + Path.of(args[2]).toAbsolutePath())
            .load();
    switch (args[3]) {
      case "migrate" -> System.out.println(flyway.migrate().migrationsExecuted + " executed");
      case "info" -> System.out.println(flyway.info().all().length + " migrations");
      default -> {
        System.err.println("unknown command " + args[3]);
        System.exit(2);
      }
    }
  }
}
