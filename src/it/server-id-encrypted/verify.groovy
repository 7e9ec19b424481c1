import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('Upgraded 3 revisions', 'user=migrator', 'password=****')
  .logLacks('s3cret-Pa55', 'No database configured')
// H2 made the first user the owner with the password it was given: the decrypted one.
def db = ItSupport.embedded(basedir, 'migrator', 's3cret-Pa55')
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
} finally { db.close() }
return true
