import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Upgraded 3 revisions', 'Scripts and database are consistent', 'BUILD SUCCESS',
        'BUILD FAILURE')
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(1, errors.size(), 'one failure line')
def line = errors[0]
assertTrue(line.contains('migrate:validate: '), 'names the goal: ' + line)
assertTrue(line.contains('2b3c4d5e6f70'), 'names the revision: ' + line)
assertTrue(line.contains('20250101_1010-2b3c4d5e6f70_add_email.sql'), 'names the file: ' + line)
assertTrue(line.contains('changed after it was applied'), 'says why: ' + line)
assertTrue(!line.contains('1a2b3c4d5e60') && !line.contains('3c4d5e6f7a80'),
        'names only the edited script: ' + line)
it.noStackTrace()
def db = it.embedded()
try {
  // validate changes nothing: still at the head, and the edit (VARCHAR(320)) was not applied.
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
  assertEquals(['200'], column(db, "SELECT character_maximum_length FROM information_schema.columns"
          + " WHERE UPPER(table_name) = 'PERSON' AND UPPER(column_name) = 'EMAIL'"), 'email length')
} finally { db.close() }
return true
