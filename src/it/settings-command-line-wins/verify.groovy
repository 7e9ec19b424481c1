import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('[WARNING] -Dmigrate.lockTimout is not a parameter of any migrate goal',
        '[INFO] Skipping migrate:upgrade (migrate.skip=true)',
        'Running upgrade  -> 1a2b3c4d5e60, create person',
        'Running upgrade 1a2b3c4d5e60 -> 2b3c4d5e6f70, add email',
        "lockTimeout 'soon' (from -Dmigrate.lockTimeout) is not valid")
  .logLacks('create address')
  .noStackTrace()
def db = it.embedded()
try {
  assertEquals(['2b3c4d5e6f70'], column(db, 'SELECT version_num FROM cli_version'), 'the -D table and target')
  assertTrue(!h2TableExists(db, 'pom_version'), 'the POM table is not used')
} finally { db.close() }
return true
