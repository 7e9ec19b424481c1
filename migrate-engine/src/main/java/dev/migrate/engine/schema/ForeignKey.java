package dev.migrate.engine.schema;

import java.util.List;
import java.util.Locale;

/**
 * A foreign key.
 *
 * @param name the constraint name, or null when generated
 * @param columns the referencing columns in order
 * @param referencedTable the referenced table, qualified outside the default schema
 * @param referencedColumns the referenced columns, matched in order
 * @param onDelete the delete action; null only in a change built without one (the database's
 *     default applies)
 * @param onUpdate the update action, likewise
 * @param match how a multi-column key matches when some columns are null; {@code SIMPLE}, the
 *     default, when the database does not say
 * @param deferrable {@code DEFERRABLE}: checked at the end of the transaction when so set
 * @param initiallyDeferred {@code INITIALLY DEFERRED}: checked at commit unless set otherwise
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    Match match,
    boolean deferrable,
    boolean initiallyDeferred)
    implements Constraint {

  /** {@code MATCH SIMPLE}, {@code FULL} or {@code PARTIAL}. */
  public enum Match {
    SIMPLE,
    FULL,
    PARTIAL;

    /** As SQL writes it: {@code FULL}. */
    public String sql() {
      return name();
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    match = match == null ? Match.SIMPLE : match;
  }

  /** A key that matches simply and is checked at once, as most keys are. */
  public ForeignKey(
      String name,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns,
      ReferentialAction onDelete,
      ReferentialAction onUpdate) {
    this(
        name,
        columns,
        referencedTable,
        referencedColumns,
        onDelete,
        onUpdate,
        Match.SIMPLE,
        false,
        false);
  }

  /** A single-column foreign key with no action given. */
  public static ForeignKey of(
      String name, String column, String referencedTable, String referencedColumn) {
    return new ForeignKey(
        name, List.of(column), referencedTable, List.of(referencedColumn), null, null);
  }

  /** This key with the given actions. */
  public ForeignKey actions(ReferentialAction onDelete, ReferentialAction onUpdate) {
    return new ForeignKey(
        name,
        columns,
        referencedTable,
        referencedColumns,
        onDelete,
        onUpdate,
        match,
        deferrable,
        initiallyDeferred);
  }

  /** This key with another match type. */
  public ForeignKey match(Match match) {
    return new ForeignKey(
        name,
        columns,
        referencedTable,
        referencedColumns,
        onDelete,
        onUpdate,
        match,
        deferrable,
        initiallyDeferred);
  }

  /** This key {@code DEFERRABLE}, and {@code INITIALLY DEFERRED} when so asked. */
  public ForeignKey deferrable(boolean initiallyDeferred) {
    return new ForeignKey(
        name,
        columns,
        referencedTable,
        referencedColumns,
        onDelete,
        onUpdate,
        match,
        true,
        initiallyDeferred);
  }

  @Override
  public String shape() {
    return "(" + String.join(", ", columns) + ")";
  }

  /**
   * {@code (user_id) references users (id) on update no action on delete cascade}, followed by
   * {@code match full}, {@code deferrable} and {@code initially deferred} where they apply.
   */
  public String definition() {
    return shape()
        + " references "
        + referencedTable
        + " ("
        + String.join(", ", referencedColumns)
        + ") on update "
        + onUpdate
        + " on delete "
        + onDelete
        + (match == Match.SIMPLE ? "" : " match " + match)
        + (deferrable ? " deferrable" : "")
        + (initiallyDeferred ? " initially deferred" : "");
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.FOREIGN_KEY;
  }
}
