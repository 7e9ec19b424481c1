import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('[INFO] Skipping migrate:upgrade (migrate.skip=true)')
  .logLacks('No database configured', 'Running upgrade', 'Upgraded')
assertEquals(1, it.lines('Skipping migrate:').size(), 'one skip line')
assertTrue(!new File(basedir, 'target/migrate').exists(), 'no database created')
return true
