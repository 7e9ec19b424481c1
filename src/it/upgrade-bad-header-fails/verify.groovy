import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
def line = errors[0]
assertTrue(line.contains('20250101_1020-3c4d5e6f7a80_create_address.sql'), 'names the file: ' + line)
assertTrue((line =~ /(:3\b|line 3\b)/).find(), 'names line 3: ' + line)
assertTrue(line.contains('colour'), 'names the key: ' + line)
it.noStackTrace()
return true
