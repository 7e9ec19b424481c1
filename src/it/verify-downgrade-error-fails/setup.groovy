import dev.migrate.maven.it.ItSupport

// The twelve-revision staircase shared by the verify ITs (src/it/fixtures/staircase),
// with its own 1005 whose downgrade names a column that does not exist.
ItSupport.copyFixture(basedir, new File(fixtures), "staircase")
