import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def build = ItSupport.of(basedir)
build.logContains('Verified ', 'every downgrade undoes its upgrade', 'BUILD SUCCESS')
def admin = ItSupport.postgres('test', 'postgres')
try {
  def left = column(admin, "SELECT datname FROM pg_database WHERE datname LIKE 'migrate_verify_%'")
  assertEquals([], left.findAll { name -> build.log().contains(name) }, 'the scratch database named in the log is dropped')
  assertEquals([], column(admin, "SELECT tablename FROM pg_tables WHERE tablename = 'invoices' AND schemaname = 'public'"), 'test database untouched')
} finally { admin.close() }
def time = build.lines('Total time:')
println('verify-postgresql-scratch: ' + time)
return true
