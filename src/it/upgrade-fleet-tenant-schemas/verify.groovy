import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def name = 'mt_fleet_' + itUnique
def tenants = (1..5).collect { 'tenant_' + it }
try {
  def it = ItSupport.of(basedir)
  // Build 2: the five tenants from -Dmigrate.targets=@tenants.txt, a line each, then the summary.
  tenants.each { t -> it.logContains('[INFO] ' + t + ': upgraded 2 revisions') }
  it.logContains('Fleet upgrade: 5 of 5 targets, 3 at a time',
          'Fleet upgrade: 5 targets of 5 in ', ': 0 up to date, 5 upgraded, 0 pending, 0 failed, 0 not run')
  // Build 3: the query finds tenant_6 too; the five are up to date, tenant_6 fails at r2.
  it.logContains('Fleet upgrade: 6 targets of 6 in ', ': 5 up to date, 0 upgraded, 0 pending, 1 failed, 0 not run',
          '[ERROR]   tenant_6: FAILED at revision r2 (')
    .logLacks('reporting:')
  def errors = it.lines('[ERROR] Failed to execute goal dev.migrate:migrate-maven-plugin')
  assertEquals(1, errors.size(), 'one failed build')
  assertTrue(errors[0].contains('failed: tenant_6'), 'names the failed tenant: ' + errors[0])
  it.noStackTrace()

  def report = new File(basedir, 'target/fleet.json').text
  tenants.each { t -> assertTrue(report.contains('{"target": "' + t + '", "outcome": "CHANGED", "heads": ["r2"]'), t + ' in the report: ' + report) }

  def db = ItSupport.postgres(name, 'postgres')
  try {
    tenants.each { t ->
      assertEquals(['r2'], column(db, "SELECT version_num FROM " + t + ".migrate_version"), t + ' version rows')
      assertEquals([t], column(db, "SELECT tenant FROM " + t + ".item"), t + ' row written with its own name')
      assertEquals(['r1', 'r2'], column(db, "SELECT revision FROM " + t + ".migrate_history ORDER BY revision"), t + ' history')
    }
    assertEquals(['r1'], column(db, "SELECT version_num FROM tenant_6.migrate_version"), 'tenant_6 stays at r1')
    assertEquals([], column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema IN ('public', 'reporting')"), 'nothing outside the tenants')
  } finally { db.close() }
} finally {
  def admin = ItSupport.postgres('test', 'postgres')
  try {
    ItSupport.execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
  } finally { admin.close() }
}
return true
