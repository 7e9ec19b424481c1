import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def dir = new File(basedir, 'src/main/resources/db/migrations')
def headers = [:]
dir.listFiles().findAll { it.name.endsWith('.sql') }.each { f ->
  def h = [file: f.name]
  f.readLines().takeWhile { it.startsWith('--') }.each { l ->
    def m = l =~ /^-- ([a-z_]+): ?(.*)$/
    if (m) { h[m[0][1]] = m[0][2].trim() }
  }
  headers[h.revision] = h
}
assertEquals(5, headers.size(), 'init + 2 revisions + audit root + merge: ' + headers)
def users = headers.values().findAll { it.message == 'add users' }
assertEquals(2, users.size(), 'two add users revisions')
def first = users.find { it.down_revision == '1a2b3c4d5e60' }
def second = users.find { it.down_revision == first?.revision }
assertTrue(first != null && second != null, 'linear chain: ' + users)
users.each { assertTrue(it.file ==~ /\d{8}_\d{6}-[0-9a-f]{12}_add_users\.sql/, 'file name from the template: ' + it.file) }
def audit = headers.values().find { it.message == 'start audit' }
assertTrue(audit != null && (audit.down_revision ?: '') == '' && audit.branch_labels == 'audit', 'audit branch root: ' + audit)
def merge = headers.values().find { it.message == 'merge' }
assertEquals([second.revision, audit.revision].sort(), merge.down_revision.split(',')*.trim().sort(), 'merge joins the heads')
it.logContains('Generated ', 'Running upgrade ' + first.revision + ' -> ' + second.revision + ', add users', 'Upgraded 5 revisions')
  .logContains('[INFO] ' + merge.revision)
// heads before the merge: the two tips; after it: the merge alone
it.logContains('[INFO] ' + second.revision + ' (head)', '[INFO] ' + audit.revision + ' (audit) (head)')
def afterUpgrade = it.log().substring(it.log().indexOf('Upgraded 5 revisions'))
assertEquals(1, afterUpgrade.readLines().findAll { it.startsWith('[INFO] ') && it.contains(' (head)') }.size(), 'one head after the merge: ' + afterUpgrade)
assertTrue(afterUpgrade.contains('[INFO] ' + merge.revision), 'the merge is the head')
def db = it.embedded()
try {
  assertEquals([merge.revision], versions(db), 'one head')
} finally { db.close() }
return true
