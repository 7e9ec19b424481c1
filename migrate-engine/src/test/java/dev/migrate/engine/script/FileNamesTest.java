package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  static final ZonedDateTime T = ZonedDateTime.of(2025, 9, 6, 8, 5, 7, 0, ZoneOffset.UTC);

  @Test
  void slugJoinsWordCharactersInLowerCase() {
    assertThat(Slug.of("Add workflow-state management!"))
        .isEqualTo("add_workflow_state_management");
    assertThat(Slug.of("  ")).isEmpty();
    assertThat(Slug.of("Ünïcode über")).isEqualTo("ünïcode_über");
  }

  @Test
  void aLongSlugIsCutAtAWordBoundaryLikeAlembic() {
    String slug = Slug.of("add a column for the preferred shipping address of every customer");
    assertThat(slug).isEqualTo("add_a_column_for_the_preferred_shipping_");
    assertThat(slug.length()).isLessThanOrEqualTo(41);
    assertThat(Slug.of("x".repeat(50))).isEqualTo("x".repeat(40) + "_");
  }

  @Test
  void everyTokenRenders() {
    FileNameTemplate t =
        new FileNameTemplate("{year}/{month}{day}_{hour}{minute}{second}_{epoch}_{rev}_{slug}");
    assertThat(t.render("abc", "add_users", T))
        .isEqualTo("2025/0906_080507_" + T.toEpochSecond() + "_abc_add_users.sql");
    assertThat(new FileNameTemplate("{yyyyMMdd_HHmm}-{rev}_{slug}").render("abc", "x", T))
        .isEqualTo("20250906_0805-abc_x.sql");
    assertThat(new FileNameTemplate("{rev}_{slug}.sql").render("abc", "x", T))
        .isEqualTo("abc_x.sql");
  }

  @Test
  void anEmptySlugTakesItsSeparatorWithIt() {
    assertThat(new FileNameTemplate("{yyyyMMdd_HHmm}-{rev}_{slug}").render("abc", "", T))
        .isEqualTo("20250906_0805-abc.sql");
    assertThat(new FileNameTemplate("{slug}-{rev}").render("abc", "", T)).isEqualTo("abc.sql");
  }

  @Test
  void badTemplatesAreRejectedUpFront() {
    assertThatThrownBy(() -> new FileNameTemplate("{slug}"))
        .hasMessageContaining("must contain {rev}");
    assertThatThrownBy(() -> new FileNameTemplate("{rev}_{nonsense}"))
        .hasMessageContaining("{nonsense} is neither a token");
    assertThatThrownBy(() -> new FileNameTemplate("{HH:mm}_{rev}"))
        .hasMessageContaining("unusable file name");
    assertThatThrownBy(() -> new FileNameTemplate("../{rev}"))
        .hasMessageContaining("unusable file name");
  }
}
