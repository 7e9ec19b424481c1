import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

ItSupport.of(basedir).logInOrder('Upgraded 3 revisions', 'Database is up to date with the scripts', 'BUILD SUCCESS')
return true
