import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

def it = ItSupport.of(basedir)
def dir = new File(basedir, 'src/main/resources/db/migrations')
def scripts = dir.listFiles().findAll { it.name.endsWith('.sql') }
assertEquals(1, scripts.size(), 'one revision written, none by the second run: ' + scripts)
def text = scripts[0].text
assertTrue(text.contains('-- migrate:upgrade') && text.contains('-- migrate:downgrade'), 'both sections')
assertTrue(text.indexOf('CREATE TABLE "CUSTOMER"') < text.indexOf('FOREIGN KEY'), 'parent before the key: ' + text)
it.logContains("Detected added table 'customer'", "Detected added table 'orders'",
    "Detected added index 'ix_orders_customer' on 'orders (customer_id)'",
    'Generated ', 'No changes in schema detected', 'Database is up to date with the scripts')
it.noStackTrace()
def db = it.embedded()
try {
  assertTrue(h2TableExists(db, 'CUSTOMER') && h2TableExists(db, 'ORDERS'), 'upgrade made the model')
} finally { db.close() }
return true
