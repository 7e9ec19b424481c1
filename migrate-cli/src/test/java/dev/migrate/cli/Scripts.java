package dev.migrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scripts the jar tests run: a branch at {@link #ORDERS} into the {@code audit} branch and a
 * column change, joined again by a merge.
 *
 * <pre>
 * CUSTOMERS -> ORDERS -> AUDIT (audit) ----> MERGE
 *                     \-> ORDER_NOTE ------/
 * </pre>
 */
final class Scripts {
  static final String CUSTOMERS = "a1c0ffee0001";
  static final String ORDERS = "b2c0ffee0002";
  static final String AUDIT = "c3c0ffee0003";
  static final String ORDER_NOTE = "d4c0ffee0004";
  static final String MERGE = "e5c0ffee0005";
  static final String DIRECTORY = "db/migrations";

  private Scripts() {}

  /** Writes the five scripts under {@code root/db/migrations} and returns that directory. */
  static Path write(Path root) {
    Path dir = root.resolve(DIRECTORY);
    script(
        dir,
        "0001-" + CUSTOMERS + "_customers.sql",
        header(CUSTOMERS, "", "create customers", null),
        "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);",
        "DROP TABLE customers;");
    script(
        dir,
        "0002-" + ORDERS + "_orders.sql",
        header(ORDERS, CUSTOMERS, "create orders", null),
        "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES"
            + " customers (id));",
        "DROP TABLE orders;");
    script(
        dir,
        "0003-" + AUDIT + "_audit.sql",
        header(AUDIT, ORDERS, "create audit log", "audit"),
        "CREATE TABLE audit_log (id INT PRIMARY KEY, what VARCHAR(200));",
        "DROP TABLE audit_log;");
    script(
        dir,
        "0004-" + ORDER_NOTE + "_note.sql",
        header(ORDER_NOTE, ORDERS, "add order note", null),
        "ALTER TABLE orders ADD COLUMN note VARCHAR(200);",
        "ALTER TABLE orders DROP COLUMN note;");
    script(
        dir,
        "0005-" + MERGE + "_merge.sql",
        header(MERGE, AUDIT + ", " + ORDER_NOTE, "merge audit and notes", null),
        "CREATE VIEW order_notes AS SELECT id, note FROM orders;",
        "DROP VIEW order_notes;");
    return dir;
  }

  static String header(String id, String down, String message, String label) {
    return "-- revision: "
        + id
        + "\n-- down_revision: "
        + down
        + "\n-- message: "
        + message
        + "\n-- create_date: 2025-09-16 10:55:00\n"
        + (label == null ? "" : "-- branch_labels: " + label + "\n");
  }

  static void script(Path dir, String file, String header, String upgrade, String downgrade) {
    String text =
        header
            + "\n-- migrate:upgrade\n"
            + upgrade
            + "\n"
            + (downgrade == null ? "" : "\n-- migrate:downgrade\n" + downgrade + "\n");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
