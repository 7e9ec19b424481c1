import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Stamped', 'heads: 2b3c4d5e6f70',
        'Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7a80, create address')
  .logLacks('Running upgrade <base> -> 1a2b3c4d5e60')
def db = it.embedded()
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
  assertTrue(!h2TableExists(db, 'person'), 'stamp ran no script: no person table')
} finally { db.close() }
return true
