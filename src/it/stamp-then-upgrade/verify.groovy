import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Running upgrade  -> 1a2b3c4d5e60, create person', 'Upgraded 1 revision',
        'Stamped', 'heads: 2b3c4d5e6f70',
        'Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7a80, create address', 'Upgraded 1 revision')
  .logLacks('Running upgrade 1a2b3c4d5e60 -> 2b3c4d5e6f70')
assertEquals(1, it.lines('Running stamp_revision').size(), 'the stamp step is printed once')
def db = it.embedded()
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
  assertEquals([], column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'PERSON' AND column_name = 'EMAIL'"), 'stamp ran no script: no email column')
  assertTrue(h2TableExists(db, 'address'), 'the revision after the stamp ran')
  assertEquals(['stamp'], column(db, "SELECT direction FROM migrate_history WHERE revision = '2b3c4d5e6f70'"), 'the stamp is in the history')
} finally { db.close() }
return true
