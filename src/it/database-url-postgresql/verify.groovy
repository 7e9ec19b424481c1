import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def name = 'mt_it_' + itUnique
try {
  def it = ItSupport.of(basedir)
  it.logContains('Running upgrade  -> 1a2b3c4d5e60, create person', 'Upgraded 3 revisions',
          'Effective connection: url=postgresql://' + name + ':****@127.0.0.1:5432/' + name,
          '(from environment variable DATABASE_URL)', '[INFO] 3c4d5e6f7a80')
    .logLacks('p@ss:w/rd%1', 'p%40ss%3Aw%2Frd%251', 'ss:w/rd', 'No database configured')
  def db = ItSupport.postgres(name, name)
  try {
    assertEquals(['3c4d5e6f7a80'], versions(db), 'version rows')
    assertEquals([name], column(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'address'"), 'created by the role from DATABASE_URL')
  } finally { db.close() }
} finally {
  def admin = ItSupport.postgres('test', 'postgres')
  try {
    ItSupport.execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
    ItSupport.execute(admin, "DROP ROLE IF EXISTS " + name)
  } finally { admin.close() }
}
return true
