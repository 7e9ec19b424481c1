import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('No database configured: using the embedded H2 database',
        '-Dmigrate.url', 'DATABASE_URL')
  .logInOrder('Running upgrade  -> 1a2b3c4d5e60, create person',
        'Running upgrade 1a2b3c4d5e60 -> 2b3c4d5e6f70, add email',
        'Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7a80, create address',
        'Upgraded 3 revisions in ')
  .logContains('heads: 3c4d5e6f7a80')
def db = it.embedded()
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
  assertTrue(h2TableExists(db, 'address'), 'address table created')
  assertEquals(['EMAIL'], column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'PERSON' AND column_name = 'EMAIL'"), 'email column')
  assertEquals('3', column(db, 'SELECT COUNT(*) FROM migrate_history')[0], 'history rows')
} finally { db.close() }
return true
