import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder(':upgrade (default) @ failsafe-after-bound-upgrade ---',
        'Upgraded 3 revisions',
        ':integration-test (default) @ failsafe-after-bound-upgrade ---',
        'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0', 'BUILD SUCCESS')
def db = it.embedded()
try {
  assertEquals(['London'], column(db, 'SELECT city FROM address'), 'row written by the failsafe test')
} finally { db.close() }
return true
