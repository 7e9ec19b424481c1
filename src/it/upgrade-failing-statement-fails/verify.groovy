import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
def line = errors[0]
assertTrue(line.contains('2b3c4d5e6f70'), 'names the revision: ' + line)
assertTrue(line.contains('20250101_1010-2b3c4d5e6f70_add_email.sql'), 'names the file: ' + line)
assertTrue((line =~ /(:8\b|line 8\b)/).find(), 'names line 8: ' + line)
assertTrue(line.toUpperCase().contains('NO_SUCH_TABLE'), 'carries the database message: ' + line)
it.noStackTrace()
def db = it.embedded()
try {
  assertEquals(['1a2b3c4d5e60'], versions(db), 'the good revision stays applied, the failed one is not recorded')
} finally { db.close() }
return true
