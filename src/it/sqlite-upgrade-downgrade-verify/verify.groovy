import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def build = ItSupport.of(basedir)
build.logInOrder('Running upgrade  -> 5e1175000001, create person',
        'Running upgrade 5e1175000002 -> 5e1175000003, add email',
        'Running downgrade 5e1175000003 -> 5e1175000002, add email',
        'Running downgrade 5e1175000001 -> , create person',
        'Running upgrade 5e1175000002 -> 5e1175000003, add email',
        'Verified ')
  .logContains('every downgrade undoes its upgrade', 'BUILD SUCCESS')
def db = ItSupport.sqlite(new File(basedir, 'app.db'))
try {
  assertEquals(['5e1175000003'], versions(db), 'version rows')
  assertEquals(['upgrade', 'upgrade', 'upgrade', 'downgrade', 'downgrade', 'downgrade', 'upgrade', 'upgrade', 'upgrade'],
          column(db, 'SELECT direction FROM migrate_history ORDER BY id'), 'history rows')
  execute(db, "INSERT INTO person (name, email) VALUES ('Ann', 'ann@example.com')")
  execute(db, "UPDATE person SET name = 'Anne'")
  assertEquals(['renamed; was Ann'], column(db, 'SELECT what FROM person_audit'), 'the trigger body ran whole')
} finally { db.close() }
assertTrue(!new File(basedir, 'app.db-migrate-lock-journal').exists(), 'no lock left behind')
return true
