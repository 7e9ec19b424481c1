import dev.migrate.maven.it.ItSupport

def name = 'mt_fleet_' + itUnique
def admin = ItSupport.postgres('test', 'postgres')
try {
  ItSupport.execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
  ItSupport.execute(admin, "CREATE DATABASE " + name)
} finally { admin.close() }
def db = ItSupport.postgres(name, 'postgres')
try {
  (1..5).each { ItSupport.execute(db, "CREATE SCHEMA tenant_" + it) }
  // Not a tenant: the targets query must leave it out.
  ItSupport.execute(db, "CREATE SCHEMA reporting")
} finally { db.close() }
new File(basedir, 'tenants.txt').text = '# one target a line\n' + (1..5).collect { 'tenant_' + it }.join('\n') + '\n'
return true
