import dev.migrate.maven.it.ItSupport

ItSupport.copySources(basedir, new File(fixtures), 'jpa-shop')
def admin = ItSupport.mariadb('test')
try {
  ItSupport.execute(admin, 'CREATE DATABASE mt_jpa_plain_' + itUnique)
} finally { admin.close() }
return true
