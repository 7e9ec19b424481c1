import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
assertTrue(errors[0].contains('06ab06cd06ef') && errors[0].contains('09ab09cd09ef'), 'names both heads: ' + errors[0])
it.noStackTrace()
return true
