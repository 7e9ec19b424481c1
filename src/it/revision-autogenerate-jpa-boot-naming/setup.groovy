import dev.migrate.maven.it.ItSupport

ItSupport.copySources(basedir, new File(fixtures), 'jpa-shop')
def admin = ItSupport.postgres('test', 'postgres')
try {
  ItSupport.execute(admin, 'CREATE DATABASE mt_jpa_boot_' + itUnique)
} finally { admin.close() }
return true
