import dev.migrate.maven.it.ItSupport

def name = 'mt_it_' + itUnique
def admin = ItSupport.postgres('test', 'postgres')
try {
  ItSupport.execute(admin, "CREATE ROLE " + name + " LOGIN PASSWORD 'p@ss:w/rd%1'")
  ItSupport.execute(admin, "CREATE DATABASE " + name + " OWNER " + name)
} finally { admin.close() }
return true
