import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

// Plain Hibernate names: as written in the Java code, and JPA's join table PurchaseOrder_Product.
// MariaDB gives a foreign key an index of its own, which the revisions create and drop explicitly.
def name = 'mt_jpa_plain_' + itUnique
try {
  def it = ItSupport.of(basedir)
  it.noStackTrace().logLacks('[ERROR]', 'BUILD FAILURE', 'default change')
  assertEquals(3, it.lines('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed').size(), 'three validations passed')
  it.logContains('Hibernate validated 4 entities against jdbc:mariadb', 'Hibernate validated 3 entities against jdbc:mariadb')
  assertEquals(1, it.lines('No changes in schema detected').size(), 'the third autogenerate found nothing')

  def scripts = it.scripts('migrations/mariadb')
  assertEquals(2, scripts.size(), 'two revisions, none written by the third autogenerate: ' + scripts)
  def first = scripts.find { it.name.endsWith('_create_shop.sql') }
  def second = scripts.find { it.name.endsWith('_edit_shop.sql') }
  assertTrue(first != null && second != null && second.name.contains('-c0c0c0c0c0c2_'), 'a create_shop and an edit_shop revision: ' + scripts)

  // (1) The first revision creates the v1 model.
  assertEquals([
      "Detected added sequence 'AuditNote_SEQ'", "Detected added sequence 'PurchaseOrder_SEQ'",
      "Detected added table 'AuditNote'", "Detected added table 'Customer'",
      "Detected added table 'Product'", "Detected added table 'PurchaseOrder'",
      "Detected added table 'PurchaseOrder_Product'",
      "Detected added unique index 'UK41tb39yaea9sk3p5vtp55dwep' on 'Customer (emailAddress)'",
      "Detected added index 'ix_customer_full_name' on 'Customer (fullName)'",
      "Detected added unique index 'UKnou1fdwo2vfu302jwm5e2uhmx' on 'PurchaseOrder (orderNumber)'",
      "Detected added index 'FKp3wp6fwb7tjs41id1kjsq2ie6' on 'PurchaseOrder_Product (products_id)'",
      "Detected added foreign key 'FKi5pio88cwus8ffaxgy9cmewb1' on 'PurchaseOrder_Product (PurchaseOrder_id)'",
      "Detected added foreign key 'FKp3wp6fwb7tjs41id1kjsq2ie6' on 'PurchaseOrder_Product (products_id)'"].sort(),
    it.detectedBefore(first.name).sort(), 'what the first revision detected')
  assertTrue(statements(first, 'upgrade').any { it.startsWith('CREATE TABLE `PurchaseOrder_Product`') }, 'JPA\'s join table name')

  // (2) The second holds exactly the edits, one statement each.
  assertEquals([
      "Detected removed table 'AuditNote'",
      "Detected added column 'Customer.phoneNumber'", "Detected added column 'Customer.status'",
      "Detected NOT NULL on column 'Product.productName'",
      "Detected added index 'ix_product_product_name' on 'Product (productName)'",
      "Detected added index 'FKhrm8hov9px4bly3u1tk78rs57' on 'PurchaseOrder (customerId)'",
      "Detected added foreign key 'FKhrm8hov9px4bly3u1tk78rs57' on 'PurchaseOrder (customerId)'",
      "Detected removed sequence 'AuditNote_SEQ'"].sort(),
    it.detectedBefore(second.name).sort(), 'what the second revision detected')
  def expected = [
      'DROP TABLE `AuditNote`;',
      'ALTER TABLE `Customer` ADD COLUMN `phoneNumber` varchar(30)',
      // MariaDB's own enum type, as Hibernate's MariaDB dialect declares an @Enumerated(STRING) column.
      'ALTER TABLE `Customer` ADD COLUMN `status` enum(\'ACTIVE\',\'BLOCKED\',\'CLOSED\')',
      'ALTER TABLE `Product` MODIFY COLUMN `productName` varchar(255) NOT NULL;',
      'CREATE INDEX `ix_product_product_name` ON `Product` (`productName`);',
      'CREATE INDEX `FKhrm8hov9px4bly3u1tk78rs57` ON `PurchaseOrder` (`customerId`);',
      'ALTER TABLE `PurchaseOrder` ADD CONSTRAINT `FKhrm8hov9px4bly3u1tk78rs57` FOREIGN KEY (`customerId`) REFERENCES `Customer` (`id`)',
      'DROP SEQUENCE `AuditNote_SEQ`;']
  def upgrade = statements(second, 'upgrade')
  assertEquals(expected.size(), upgrade.size(), 'one statement per change:\n' + upgrade.join('\n'))
  for (statement in expected) {
    assertTrue(upgrade.any { it.startsWith(statement) }, 'upgrade has ' + statement + '\n' + upgrade.join('\n'))
  }
  assertTrue(!second.text.contains('DEFAULT NULL'), 'no DEFAULT NULL spelled out:\n' + second.text)

  // (3) downgrade -1 gave back the v1 schema exactly; v2's was another.
  def snapshot = { n -> new File(basedir, 'target/schema/mariadb-' + n + '.txt').text }
  assertEquals(snapshot('v1'), snapshot('downgraded'), 'schema after downgrade -1 equals the v1 schema')
  assertTrue(snapshot('v2') != snapshot('v1') && snapshot('v2').contains('Customer.phoneNumber'), 'the v2 schema has the edits')
  def db = ItSupport.mariadb(name)
  try {
    assertEquals([first.name.replaceFirst(/^\d+_\d+-([0-9a-f]+)_.*/, '$1')], versions(db), 'downgraded to the first revision')
  } finally { db.close() }

  // Determinism: the same revision written twice with one id is the same file but for its date.
  def twice = it.scripts('target/determinism/mariadb')
  assertEquals(1, twice.size(), 'the determinism run wrote one file: ' + twice)
  assertEquals(withoutCreateDate(twice[0]), withoutCreateDate(second), 'two runs on one input write the same file')
} finally {
  def admin = ItSupport.mariadb('test')
  try {
    ItSupport.execute(admin, 'DROP DATABASE IF EXISTS ' + name)
  } finally { admin.close() }
}
return true
