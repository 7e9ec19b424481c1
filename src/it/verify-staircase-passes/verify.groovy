import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('Verified ', 'every downgrade undoes its upgrade', 'BUILD SUCCESS', '10ab10cd10ef')
  .logLacks('[ERROR]', 'No database configured')
assertTrue(!new File(basedir, 'target/migrate/migrate.mv.db').exists(), 'verify leaves no embedded database behind')
return true
