import dev.migrate.maven.it.ItSupport

// The twelve-revision staircase shared by the verify ITs (src/it/fixtures/staircase),
// with its own 1006 whose downgrade forgets to drop the index.
ItSupport.copyFixture(basedir, new File(fixtures), "staircase")
