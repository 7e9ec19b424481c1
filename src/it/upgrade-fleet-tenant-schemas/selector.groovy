import dev.migrate.maven.it.ItSupport

// Skipped when PostgreSQL is down, unless MIGRATE_REQUIRE_DATABASES=1.
return ItSupport.postgresAvailable(String.valueOf(requireDatabases))
