import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
assertEquals(2, errors.size(), 'two failed invocations: ' + errors)
assertTrue(errors[0].contains('bb00000000b1') && errors[0].contains('cc00000000c1'), 'lists both heads: ' + errors[0])
assertTrue(errors[0].contains('-Dmigrate.head=bb00000000b1'), 'the hint in Maven spelling: ' + errors[0])
assertTrue(errors[1].contains('cc00000000c1') && errors[1].contains('20250101_1020-cc00000000c1_right.sql'), 'names the file that has the id: ' + errors[1])
it.noStackTrace()
def dir = new File(basedir, 'src/main/resources/db/migrations')
def written = dir.listFiles().findAll { !(it.name in ['20250101_1000-aa00000000a1_root.sql', '20250101_1010-bb00000000b1_left.sql', '20250101_1020-cc00000000c1_right.sql']) }
assertEquals(1, written.size(), 'only the third invocation wrote a file: ' + written)
assertTrue(written[0].name ==~ /\d{8}_\d{6}-[0-9a-f]{12}[_a-z0-9]*\.sql/, 'a valid file name without a slug: ' + written[0].name)
assertTrue(written[0].text.contains('-- down_revision: bb00000000b1'), 'parent is the given head')
it.logContains('Generated ' )
return true
