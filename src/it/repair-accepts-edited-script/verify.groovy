import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Upgraded 3 revisions', 'BUILD SUCCESS', 'Revision 2b3c4d5e6f70 (',
        'Repaired the history table: 1 change', 'Scripts and database are consistent',
        'BUILD SUCCESS')
def lines = it.lines('Revision 2b3c4d5e6f70 (')
assertEquals(1, lines.size(), 'one line for the one edited script')
def line = lines[0]
assertTrue(line.contains('20250101_1010-2b3c4d5e6f70_add_email.sql'), 'names the file: ' + line)
assertTrue(line.contains("recorded the edited script's checksum") && line.contains('in place of'), 'says what: ' + line)
it.noStackTrace()
def db = it.embedded()
try {
  // repair changes records only: still at the head, and the edit (VARCHAR(320)) was not applied.
  assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
  assertEquals(['200'], column(db, "SELECT character_maximum_length FROM information_schema.columns"
          + " WHERE UPPER(table_name) = 'PERSON' AND UPPER(column_name) = 'EMAIL'"), 'email length')
} finally { db.close() }
return true
