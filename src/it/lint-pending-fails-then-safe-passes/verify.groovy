import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def name = 'mt_it_' + itUnique
try {
  def it = ItSupport.of(basedir)
  def file = '20250101_1010-2b3c4d5e6f70_index_created_at.sql'
  // text: file:line:col rule severity message, grouped by revision, with a summary
  it.logInOrder('Upgraded 1 revision',
          'Revision 2b3c4d5e6f70 (', file + ':7:1 pg-index-not-concurrent warning CREATE INDEX on orders',
          'why: SHARE lock', 'instead: CREATE INDEX CONCURRENTLY',
          '1 finding (0 errors, 1 warning, 0 info) in 1 of 1 revisions',
          'migrate:lint: 1 finding', 'failOn=warning',
          // json
          '"rule":"pg-index-not-concurrent","severity":"warning"',
          // github
          '::warning file=', ',line=7,col=1,title=pg-index-not-concurrent::CREATE INDEX on orders',
          // safe
          '0 findings (0 errors, 0 warnings, 0 info) in 0 of 1 revisions', 'BUILD SUCCESS',
          'Upgraded 1 revision', '0 findings (0 errors, 0 warnings, 0 info) in 0 of 0 revisions',
          'BUILD SUCCESS')
    .logLacks('drop-table', 'ix_orders_id_created')
    .noStackTrace()
  def annotations = it.lines('::warning file=')
  assertEquals(1, annotations.size(), 'one annotation')
  assertTrue(annotations[0].startsWith('::warning file=dangerous/' + file + ',line=7'),
          'an annotation starts its line: ' + annotations[0])
  def json = it.lines('{"revisions":1')
  assertEquals(1, json.size(), 'one JSON document')
  def parsed = new groovy.json.JsonSlurper().parseText(json[0].substring(json[0].indexOf('{')))
  assertEquals(1, parsed.findings.size(), 'JSON findings')
  assertEquals(7, parsed.findings[0].line, 'JSON line')
  assertTrue(parsed.findings[0].file.endsWith(file), 'JSON file: ' + parsed.findings[0].file)
  assertTrue(parsed.findings[0].message.contains('without CONCURRENTLY'), 'JSON message')
  def db = ItSupport.postgres(name, 'postgres')
  try {
    assertEquals(['2b3c4d5e6f70'], versions(db), 'version rows')
  } finally { db.close() }
} finally {
  def admin = ItSupport.postgres('test', 'postgres')
  try {
    ItSupport.execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
  } finally { admin.close() }
}
return true
