import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Running upgrade  -> aa00000000a1, root',
        'Upgraded 3 revisions in ', 'heads: bb00000000b1, cc00000000c1',
        '[INFO] bb00000000b1 (left) (head)', '[INFO] cc00000000c1 (right) (head)',
        '[INFO] aa00000000a1 (branchpoint)',
        ' -> bb00000000b1 (left) (head)',
        ' -> cc00000000c1 (right) (head)',
        'Running upgrade bb00000000b1, cc00000000c1 -> dd00000000d1, merge left and right',
        'Upgraded 1 revision in ', 'heads: dd00000000d1',
        '[INFO] dd00000000d1 (left, right) (head)')
def db = it.embedded()
try {
  assertEquals(['dd00000000d1'], versions(db), 'one head after the merge')
  ['root_t', 'left_t', 'right_t', 'merged_t'].each { assertTrue(h2TableExists(db, it), it + ' exists') }
} finally { db.close() }
return true
