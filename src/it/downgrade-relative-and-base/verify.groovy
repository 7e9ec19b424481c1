import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Upgraded 3 revisions',
        'Running downgrade 3c4d5e6f7a80 -> 2b3c4d5e6f70, create address',
        'Downgraded 1 revision in ', 'heads: 2b3c4d5e6f70',
        '[INFO] 2b3c4d5e6f70',
        'Running downgrade 2b3c4d5e6f70 -> 1a2b3c4d5e60, add email',
        'Running downgrade 1a2b3c4d5e60 -> , create person',
        'Downgraded 2 revisions in ', 'heads: <base>',
        'Database is at <base>')
def db = it.embedded()
try {
  assertEquals([], versions(db), 'version rows after downgrade base')
  assertTrue(!h2TableExists(db, 'person'), 'person dropped')
  assertTrue(!h2TableExists(db, 'address'), 'address dropped')
} finally { db.close() }
return true
