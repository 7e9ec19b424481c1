import dev.migrate.maven.it.ItSupport

// The twelve-revision staircase shared by the verify ITs (src/it/fixtures/staircase).
ItSupport.copyFixture(basedir, new File(fixtures), "staircase")
