import dev.migrate.maven.it.ItSupport

def admin = ItSupport.postgres('test', 'postgres')
try {
  ItSupport.execute(admin, "CREATE DATABASE mt_it_" + itUnique)
} finally { admin.close() }
return true
