import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def name = 'mt_it_' + itUnique
try {
  def it = ItSupport.of(basedir)
  it.logInOrder('Running upgrade  -> 1a2b3c4d5e60, create person', 'Upgraded 3 revisions',
          'Running downgrade 3c4d5e6f7a80 -> 2b3c4d5e6f70, create address', 'Downgraded 1 revision')
    .logLacks('No database configured')
  def db = ItSupport.mariadb(name)
  try {
    assertEquals(['2b3c4d5e6f70'], versions(db), 'version rows')
    assertEquals(['person'], column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name + "' AND table_name IN ('person', 'address')"), 'address dropped again')
  } finally { db.close() }
} finally {
  def admin = ItSupport.mariadb('test')
  try {
    ItSupport.execute(admin, 'DROP DATABASE IF EXISTS ' + name)
  } finally { admin.close() }
}
return true
