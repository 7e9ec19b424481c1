import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logInOrder('Upgraded 2 revisions in ', 'heads: 2b3c4d5e6f70',
        '[INFO] 2b3c4d5e6f70' + '\n',
        '[INFO] 3c4d5e6f7a80 (head)',
        '[INFO] 2b3c4d5e6f70 -> 3c4d5e6f7a80 (head), create address',
        '[INFO] 1a2b3c4d5e60 -> 2b3c4d5e6f70 (current), add email',
        '[INFO] <base> -> 1a2b3c4d5e60, create person',
        '[INFO] Rev: 2b3c4d5e6f70', '[INFO] Parent: 1a2b3c4d5e60',
        '20250101_1010-2b3c4d5e6f70_add_email.sql', '[INFO]     add email',
        '[INFO] Rev: 2b3c4d5e6f70 (current)', '[INFO] Applied: 20')
// current -Dmigrate.verbose says when, by whom and how long: ISO local time, the user, milliseconds.
assertTrue(it.lines('[INFO] Applied: ').every { it ==~ /\[INFO\] Applied: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d by SA in \d+ ms/ },
        'applied line: ' + it.lines('[INFO] Applied: '))
def db = it.embedded()
try {
  assertEquals(['2b3c4d5e6f70'], versions(db), 'version rows')
} finally { db.close() }
return true
