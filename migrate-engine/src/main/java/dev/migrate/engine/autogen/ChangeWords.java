package dev.migrate.engine.autogen;

import dev.migrate.engine.schema.Constraint;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.change.AddColumn;
import dev.migrate.engine.schema.change.AddConstraint;
import dev.migrate.engine.schema.change.AlterColumn;
import dev.migrate.engine.schema.change.CreateEnumType;
import dev.migrate.engine.schema.change.CreateIndex;
import dev.migrate.engine.schema.change.CreateSequence;
import dev.migrate.engine.schema.change.CreateTable;
import dev.migrate.engine.schema.change.CreateView;
import dev.migrate.engine.schema.change.DropColumn;
import dev.migrate.engine.schema.change.DropConstraint;
import dev.migrate.engine.schema.change.DropEnumType;
import dev.migrate.engine.schema.change.DropIndex;
import dev.migrate.engine.schema.change.DropSequence;
import dev.migrate.engine.schema.change.DropTable;
import dev.migrate.engine.schema.change.DropView;
import dev.migrate.engine.schema.change.RenameTable;
import dev.migrate.engine.schema.change.SchemaChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Schema changes in words: the {@code Detected ...} lines autogenerate prints, one per change as
 * Alembic prints them, and the warning a destructive change carries in the written script.
 */
final class ChangeWords {
  /** Type names whose values any other type of the list can hold only partly. */
  private static final Set<String> TEXT_TYPES =
      Set.of("character varying", "character", "binary varying", "varbinary", "binary");

  private ChangeWords() {}

  /** {@code Detected added column 'customer.email'}; an altered column may give several lines. */
  static List<String> detected(SchemaChange change) {
    List<String> lines = new ArrayList<>();
    if (change instanceof CreateTable c) {
      lines.add("Detected added table '" + c.table().name() + "'");
    } else if (change instanceof DropTable d) {
      lines.add("Detected removed table '" + d.name() + "'");
    } else if (change instanceof RenameTable r) {
      lines.add("Detected renamed table '" + r.from() + "' to '" + r.to() + "'");
    } else if (change instanceof AddColumn a) {
      lines.add("Detected added column '" + a.table() + "." + a.column().name() + "'");
    } else if (change instanceof DropColumn d) {
      lines.add("Detected removed column '" + d.table() + "." + d.column() + "'");
    } else if (change instanceof AlterColumn a) {
      altered(a, lines);
    } else if (change instanceof CreateIndex c) {
      lines.add(
          "Detected added "
              + (c.index().unique() ? "unique index '" : "index '")
              + c.index().name()
              + "' on '"
              + c.table()
              + " "
              + c.index().keyList()
              + "'");
    } else if (change instanceof DropIndex d) {
      lines.add("Detected removed index '" + d.name() + "' on '" + d.table() + "'");
    } else if (change instanceof AddConstraint a) {
      lines.add("Detected added " + constraint(a.table(), a.constraint()));
    } else if (change instanceof DropConstraint d) {
      lines.add(
          "Detected removed "
              + (d.definition() != null
                  ? constraint(d.table(), d.definition())
                  : d.kind() + " '" + d.name() + "' on '" + d.table() + "'"));
    } else if (change instanceof CreateSequence c) {
      lines.add("Detected added sequence '" + c.sequence().name() + "'");
    } else if (change instanceof DropSequence d) {
      lines.add("Detected removed sequence '" + d.name() + "'");
    } else if (change instanceof CreateView c) {
      lines.add("Detected added view '" + c.view().name() + "'");
    } else if (change instanceof DropView d) {
      lines.add("Detected removed view '" + d.name() + "'");
    } else if (change instanceof CreateEnumType c) {
      lines.add("Detected added enum type '" + c.type().name() + "' " + c.type().valueList());
    } else if (change instanceof DropEnumType d) {
      lines.add("Detected removed enum type '" + d.name() + "'");
    }
    return lines;
  }

  private static void altered(AlterColumn a, List<String> lines) {
    String column = "'" + a.table() + "." + a.column() + "'";
    if (a.newName() != null) {
      lines.add("Detected renamed column " + column + " to '" + a.newName() + "'");
    }
    if (a.type() != null) {
      lines.add(
          "Detected type change from " + a.existingType() + " to " + a.type() + " on " + column);
    }
    if (a.nullable() != null) {
      lines.add("Detected " + (a.nullable() ? "NULL" : "NOT NULL") + " on column " + column);
    }
    if (a.defaultValue() != null) {
      lines.add(
          "Detected default change from "
              + text(a.existingDefault() == null ? null : a.existingDefault().expression())
              + " to "
              + text(a.defaultValue().expression())
              + " on "
              + column);
    }
  }

  /** {@code foreign key 'fk_orders_customer' on 'orders (customer_id)'}. */
  private static String constraint(String table, Constraint c) {
    return c.kind()
        + (c.name() == null ? "" : " '" + c.name() + "'")
        + " on '"
        + table
        + " "
        + c.shape()
        + "'";
  }

  /**
   * What a change loses, as a comment for the script, or null when it loses nothing: drops, a type
   * that holds less, NOT NULL on a column that may hold NULLs.
   */
  static String warning(SchemaChange change) {
    if (change instanceof DropTable d) {
      return "DESTRUCTIVE: drops table " + d.name() + " and every row in it";
    } else if (change instanceof DropColumn d) {
      return "DESTRUCTIVE: drops column " + d.table() + "." + d.column() + " and its values";
    } else if (change instanceof DropSequence d) {
      return "DESTRUCTIVE: drops sequence " + d.name() + " and its current value";
    } else if (change instanceof AddColumn a
        && !a.column().nullable()
        && a.column().defaultValue() == null
        && !a.column().generated()) {
      return "NOT NULL without a default: fails while "
          + a.table()
          + " holds rows; add a default or fill the column in steps";
    } else if (change instanceof AlterColumn a) {
      List<String> losses = new ArrayList<>();
      if (a.type() != null && narrows(a.existingType(), a.type())) {
        losses.add(
            "narrows "
                + a.table()
                + "."
                + a.column()
                + " from "
                + a.existingType()
                + " to "
                + a.type()
                + ": values that do not fit fail the upgrade or are cut");
      }
      if (Boolean.FALSE.equals(a.nullable())) {
        losses.add(
            "sets NOT NULL on "
                + a.table()
                + "."
                + a.column()
                + ": fails while a row holds NULL there; fill those rows first");
      }
      return losses.isEmpty() ? null : "DESTRUCTIVE: " + String.join("; ", losses);
    }
    return null;
  }

  /**
   * True when the new type may not hold every value of the old: a shorter length or precision of
   * the same type, or another type altogether (except a text type made longer or unbounded).
   */
  static boolean narrows(SqlType from, SqlType to) {
    if (from == null) {
      return true;
    }
    if (from.name().equals(to.name())) {
      if (to.arguments().isEmpty()) {
        return false;
      }
      if (from.arguments().isEmpty() || from.arguments().size() != to.arguments().size()) {
        return true;
      }
      for (int i = 0; i < to.arguments().size(); i++) {
        if (number(to.arguments().get(i)) < number(from.arguments().get(i))) {
          return true;
        }
      }
      return false;
    }
    if (to.name().equals("bigint")
        && Set.of("integer", "smallint", "tinyint").contains(from.name())) {
      return false;
    }
    if (to.name().equals("integer") && Set.of("smallint", "tinyint").contains(from.name())) {
      return false;
    }
    return !(TEXT_TYPES.contains(from.name()) && to.name().equals("text"));
  }

  private static long number(String argument) {
    try {
      return Long.parseLong(argument.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String text(String expression) {
    return Objects.requireNonNullElse(expression, "NULL");
  }
}
