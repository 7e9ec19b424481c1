import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('Upgraded 3 revisions', 'password=****', 'password = **** (from -Dmigrate.password)')
  .logLacks('Env-Xdump-Pass-5Jt3', 'Cli-Xdump-Pass-8Hw2')
// H2 made the first user the owner with the password it was given: the command line's.
def db = ItSupport.embedded(basedir, 'owner', 'Cli-Xdump-Pass-8Hw2')
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
} finally { db.close() }
return true
