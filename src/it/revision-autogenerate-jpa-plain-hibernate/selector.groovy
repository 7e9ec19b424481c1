import dev.migrate.maven.it.ItSupport

// Skipped when MariaDB is down, unless MIGRATE_REQUIRE_DATABASES=1.
return ItSupport.mariadbAvailable(String.valueOf(requireDatabases))
