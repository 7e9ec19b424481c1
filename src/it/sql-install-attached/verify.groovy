import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
it.logContains('Wrote upgrade SQL for base:heads to', 'Wrote downgrade SQL for heads:base to')
def dir = new File(localRepositoryPath, 'dev/migrate/it/sql-install-attached/1.0')
def upgrade = new File(dir, 'sql-install-attached-1.0-upgrade.sql')
def downgrade = new File(dir, 'sql-install-attached-1.0-downgrade.sql')
assertTrue(upgrade.isFile(), 'installed ' + upgrade)
assertTrue(downgrade.isFile(), 'installed ' + downgrade)
def up = upgrade.text
assertTrue(up.contains('CREATE TABLE person'), 'upgrade.sql creates person')
assertTrue(up.toLowerCase().contains('migrate_version'), 'upgrade.sql maintains the version table')
assertTrue(up.indexOf('CREATE TABLE person') < up.indexOf('CREATE TABLE address'), 'in revision order')
assertTrue(downgrade.text.contains('DROP TABLE address'), 'downgrade.sql drops address')
assertEquals(new File(basedir, 'target/migrate/upgrade.sql').text, up, 'installed file is the rendered one')
return true
