import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def version = it.lines('migrate-maven-plugin:')[0].replaceAll(/.*migrate-maven-plugin:([^:]+):.*/, '\$1')
it.logInOrder('migrate-maven-plugin:' + version + ':upgrade (default) @ failsafe-after-bound-upgrade',
        'Upgraded 3 revisions',
        'maven-failsafe-plugin:3.5.3:integration-test',
        'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0', 'BUILD SUCCESS')
def db = it.embedded()
try {
  assertEquals(['London'], column(db, 'SELECT city FROM address'), 'row written by the failsafe test')
} finally { db.close() }
return true
