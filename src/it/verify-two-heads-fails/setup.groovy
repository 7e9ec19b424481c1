import dev.migrate.maven.it.ItSupport

// The twelve-revision staircase shared by the verify ITs (src/it/fixtures/staircase),
// without the merge and what follows it: two heads.
ItSupport.copyFixture(basedir, new File(fixtures), "staircase",
    "20250201_1010-10ab10cd10ef_merge_billing_and_audit.sql",
    "20250201_1011-11ab11cd11ef_add_order_note.sql",
    "20250201_1012-12ab12cd12ef_create_order_sequence.sql")
