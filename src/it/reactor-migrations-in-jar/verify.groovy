import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains(':upgrade (default) @ app ---',
        'Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7a80, create address', 'Upgraded 3 revisions')
assertTrue(new File(basedir, 'schema/target/schema-1.0.jar').isFile(), 'schema jar built')
assertTrue(!new File(basedir, 'app/src/main/resources/db/migrations').exists(), 'app has no scripts of its own')
def db = ItSupport.embedded(new File(basedir, 'app'), 'sa', '')
try {
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
} finally { db.close() }
return true
