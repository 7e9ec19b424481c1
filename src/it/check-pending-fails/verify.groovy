import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
assertTrue(errors[0].contains('migrate:check: '), 'names the goal: ' + errors[0])
assertTrue(errors[0].contains('2b3c4d5e6f70') && errors[0].contains('3c4d5e6f7a80'), 'names the pending revisions: ' + errors[0])
it.noStackTrace()
return true
