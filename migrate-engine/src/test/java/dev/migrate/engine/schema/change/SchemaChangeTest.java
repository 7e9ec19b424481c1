package dev.migrate.engine.schema.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaChangeTest {
  private static final Table USERS = Table.of("users", Column.of("id", "int"));

  @Test
  void everyCreateAndItsDropReverseEachOther() {
    List<SchemaChange> creates =
        List.of(
            new CreateTable(USERS),
            new AddColumn("users", Column.of("email", "text"), false),
            new CreateIndex("users", Index.of("ix", "id"), false),
            new AddConstraint("users", UniqueConstraint.of("uq", "id")),
            new CreateSequence(Sequence.of("s", 1)),
            new CreateView(View.of("v", "SELECT 1")),
            new CreateEnumType(EnumType.of("mood", "happy")));

    for (SchemaChange create : creates) {
      assertThat(create.reverse().reverse()).as(create.toString()).isEqualTo(create);
    }
  }

  @Test
  void aDropThatDoesNotCarryItsDefinitionCannotBeReversed() {
    DropTable drop = new DropTable("users", null);

    assertThat(drop.isReversible()).isFalse();
    assertThatThrownBy(drop::reverse)
        .isInstanceOf(IrreversibleChangeException.class)
        .hasMessageContaining("the table's definition is not known")
        .extracting(e -> ((IrreversibleChangeException) e).change())
        .isEqualTo(drop);
    assertThat(new DropIndex("users", "ix", null).isReversible()).isFalse();
    assertThat(new DropConstraint("users", "uq", ConstraintKind.UNIQUE, null).isReversible())
        .isFalse();
  }

  @Test
  void anAlterationIsReversibleWhenItKnowsWhatItReplaces() {
    AlterColumn change =
        AlterColumn.between(
            "users",
            Column.of("email", "varchar(10)").defaultValue("'a'"),
            Column.of("mail", "varchar(20)").notNull());

    AlterColumn back = change.reverse();

    assertThat(back.column()).isEqualTo("mail");
    assertThat(back.newName()).isEqualTo("email");
    assertThat(back.type()).isEqualTo(SqlType.parse("varchar(10)"));
    assertThat(back.nullable()).isTrue();
    assertThat(back.defaultValue()).isEqualTo(new AlterColumn.Default("'a'"));
    assertThat(back.reverse()).isEqualTo(change);

    AlterColumn blind =
        new AlterColumn(
            "users", "email", null, SqlType.parse("text"), null, null, null, null, null, null);
    assertThat(blind.isReversible()).isFalse();
  }

  @Test
  void aRenameIsReversedWithinItsSchema() {
    assertThat(new RenameTable("app.users", "people").reverse())
        .isEqualTo(new RenameTable("app.people", "users"));
    assertThat(new RenameTable("users", "people").reverse())
        .isEqualTo(new RenameTable("people", "users"));
  }
}
