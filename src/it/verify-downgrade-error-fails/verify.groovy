import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
assertTrue(errors[0].contains('05ab05cd05ef'), 'names the revision: ' + errors[0])
assertTrue(errors[0].toUpperCase().contains('NO_SUCH_COLUMN'), 'carries the database message: ' + errors[0])
it.noStackTrace()
return true
