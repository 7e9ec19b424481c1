import dev.migrate.maven.it.ItSupport
import static dev.migrate.maven.it.ItSupport.*

// Names follow Spring Boot 4's conventions: snake_case (PhysicalNamingStrategySnakeCaseImpl), and
// the join table <owning table>_<attribute> of Spring's implicit strategy (plain JPA would name it
// PurchaseOrder_Product).
try {
  def it = ItSupport.of(basedir)
  it.noStackTrace().logLacks('[ERROR]', 'BUILD FAILURE')
  assertEquals(6, it.lines('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed').size(), 'six validations passed')
  assertEquals(2, it.lines('No changes in schema detected').size(), 'the third autogenerate of each database found nothing')

  def expected = [
    postgresql: [first: [
        "Detected added sequence 'audit_note_seq'", "Detected added sequence 'purchase_order_seq'",
        "Detected added table 'audit_note'", "Detected added table 'customer'",
        "Detected added table 'product'", "Detected added table 'purchase_order'",
        "Detected added table 'purchase_order_products'",
        "Detected added index 'ix_customer_full_name' on 'customer (full_name)'",
        "Detected added foreign key 'fkilcxqyodr0flc4frbui3vfxb5' on 'purchase_order_products (purchase_order_id)'",
        "Detected added foreign key 'fktoyq5elyxeb7a8xlgkmx73wbs' on 'purchase_order_products (products_id)'"],
      second: [
        "Detected removed table 'audit_note'",
        "Detected added column 'customer.phone_number'", "Detected added column 'customer.status'",
        "Detected NOT NULL on column 'product.product_name'",
        "Detected added check constraint 'customer_status_check' on 'customer'",
        "Detected added index 'ix_product_product_name' on 'product (product_name)'",
        "Detected added foreign key 'fk158vbkwgyf5r6ogk9nkugqv2c' on 'purchase_order (customer_id)'",
        "Detected removed sequence 'audit_note_seq'"],
      statements: [
        'DROP TABLE "audit_note";',
        'ALTER TABLE "customer" ADD COLUMN "phone_number" character varying(30);',
        'ALTER TABLE "customer" ADD COLUMN "status" character varying(20);',
        'ALTER TABLE "product" ALTER COLUMN "product_name" SET NOT NULL;',
        'ALTER TABLE "customer" ADD CONSTRAINT "customer_status_check" CHECK (',
        'CREATE INDEX "ix_product_product_name" ON "product" ("product_name");',
        'ALTER TABLE "purchase_order" ADD CONSTRAINT "fk158vbkwgyf5r6ogk9nkugqv2c" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id")',
        'DROP SEQUENCE "audit_note_seq";']],
    h2: [second: [
        "Detected removed table 'audit_note'",
        "Detected added column 'customer.phone_number'", "Detected added column 'customer.status'",
        "Detected NOT NULL on column 'product.product_name'",
        "Detected added index 'ix_product_product_name' on 'product (product_name)'",
        "Detected added foreign key 'fk158vbkwgyf5r6ogk9nkugqv2c' on 'purchase_order (customer_id)'",
        "Detected removed sequence 'audit_note_seq'"],
      statements: [
        'DROP TABLE "AUDIT_NOTE";',
        'ALTER TABLE "CUSTOMER" ADD COLUMN "PHONE_NUMBER" character varying(30);',
        // H2's own enum type, as Hibernate's H2 dialect declares an @Enumerated(STRING) column.
        'ALTER TABLE "CUSTOMER" ADD COLUMN "STATUS" enum(\'ACTIVE\',\'BLOCKED\',\'CLOSED\');',
        'ALTER TABLE "PRODUCT" ALTER COLUMN "PRODUCT_NAME" SET NOT NULL;',
        'CREATE INDEX "IX_PRODUCT_PRODUCT_NAME" ON "PRODUCT" ("PRODUCT_NAME");',
        'ALTER TABLE "PURCHASE_ORDER" ADD CONSTRAINT "FK158VBKWGYF5R6OGK9NKUGQV2C" FOREIGN KEY ("CUSTOMER_ID") REFERENCES "CUSTOMER" ("ID")',
        'DROP SEQUENCE "AUDIT_NOTE_SEQ";']]]
  expected.h2.first = expected.postgresql.first

  for (db in ['postgresql', 'h2']) {
    def scripts = it.scripts('migrations/' + db)
    assertEquals(2, scripts.size(), db + ': two revisions, none written by the third autogenerate: ' + scripts)
    def first = scripts.find { it.name.endsWith('_create_shop.sql') }
    def second = scripts.find { it.name.endsWith('_edit_shop.sql') }
    assertTrue(first != null && second != null, db + ': a create_shop and an edit_shop revision: ' + scripts)
    def shape = { List<String> lines -> lines.collect { it.replaceFirst(/^(Detected added check constraint '[^']+' on '[^' (]+).*/, '$1\'') }.sort() }

    // (1) The first revision creates the v1 model, Boot's names and all.
    assertEquals(expected[db].first.sort(), shape(it.detectedBefore(first.name)), db + ': what the first revision detected')
    def created = statements(first, 'upgrade').join('\n').toLowerCase()
    assertTrue(created.contains('create table "purchase_order_products"'), db + ': Spring\'s join table name:\n' + created)

    // (2) The second holds exactly the edits, one statement each.
    assertEquals(expected[db].second.sort(), shape(it.detectedBefore(second.name)), db + ': what the second revision detected')
    def upgrade = statements(second, 'upgrade')
    assertEquals(expected[db].statements.size(), upgrade.size(), db + ': one statement per change:\n' + upgrade.join('\n'))
    for (statement in expected[db].statements) {
      assertTrue(upgrade.any { it.startsWith(statement) }, db + ': upgrade has ' + statement + '\n' + upgrade.join('\n'))
    }

    // (3) downgrade -1 gave back the v1 schema exactly; v2's was another.
    def snapshot = { name -> new File(basedir, 'target/schema/' + db + '-' + name + '.txt').text }
    assertEquals(snapshot('v1'), snapshot('downgraded'), db + ': schema after downgrade -1 equals the v1 schema')
    assertTrue(snapshot('v2') != snapshot('v1') && snapshot('v2').toLowerCase().contains('customer.phone_number'), db + ': the v2 schema has the edits')
  }
  it.logContains('Hibernate validated 4 entities against jdbc:postgresql', 'Hibernate validated 3 entities against jdbc:postgresql',
      'Hibernate validated 4 entities against jdbc:h2', 'Hibernate validated 3 entities against jdbc:h2')

  // Determinism: the same revision written twice with one id is the same file but for its date.
  def twice = it.scripts('target/determinism/postgresql')
  assertEquals(1, twice.size(), 'the determinism run wrote one file: ' + twice)
  def main = it.scripts('migrations/postgresql').find { it.name.contains('-b0b0b0b0b0b2_') }
  assertTrue(main != null, 'the revision with the given id')
  assertEquals(withoutCreateDate(twice[0]), withoutCreateDate(main), 'two runs on one input write the same file')
} finally {
  def admin = ItSupport.postgres('test', 'postgres')
  try {
    ItSupport.execute(admin, 'DROP DATABASE IF EXISTS mt_jpa_boot_' + itUnique + ' WITH (FORCE)')
  } finally { admin.close() }
}
return true
